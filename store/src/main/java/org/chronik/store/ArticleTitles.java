package org.chronik.store;

/**
 * The title people see for an article: the one its source gave, else its headline or first line;
 * a first line that is the whole text (a CSV row, one paragraph) gives its first sentence or its
 * first words. Never the article's hash.
 */
public final class ArticleTitles {
  /** Longest title made from the text; longer first lines are cut at a sentence or a word. */
  static final int MAX = 100;
  private static final int SHORTEST_SENTENCE = 20;

  private ArticleTitles() {}

  public static String of(String title, String body) {
    if (title != null && !title.isBlank()) {
      return title.strip().replaceAll("\\s+", " ");
    }
    if (body == null) {
      return null;
    }
    String first = body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("").replaceAll("\\s+", " ");
    if (first.length() <= MAX) {
      return first;
    }
    for (int i = SHORTEST_SENTENCE; i < MAX; i++) {
      char c = first.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && first.charAt(i + 1) == ' ' && Character.isUpperCase(first.charAt(Math.min(i + 2, first.length() - 1)))) {
        return first.substring(0, i + 1);
      }
    }
    int space = first.lastIndexOf(' ', MAX - 1);
    return first.substring(0, space > MAX / 2 ? space : MAX - 1) + "…";
  }
}
