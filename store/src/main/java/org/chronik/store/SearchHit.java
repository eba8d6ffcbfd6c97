package org.chronik.store;

import java.time.LocalDate;

/** One ranked article; the snippet marks matched words with [ and ]. */
public record SearchHit(int rank, float score, String articleId, LocalDate date, String source, String title, String snippet) {}
