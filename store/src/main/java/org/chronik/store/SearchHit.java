package org.chronik.store;

/**
 * One ranked article; the snippet marks matched words with [ and ].
 *
 * @param date the article's date at its precision ("2024-06" for a month), null when undated
 * @param title the source's title, else the headline or first line ({@link ArticleTitles})
 */
public record SearchHit(int rank, float score, String articleId, String date, String source, String title, String snippet) {}
