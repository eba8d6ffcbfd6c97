package org.chronik.model;

/**
 * A place in the body that refers to an actor.
 *
 * @param kind how it refers: NAME, ALIAS, FUZZY, ADJECTIVE, METONYM, TITLE, GROUP, PRONOUN, PLURAL, NER
 * @param rule which dictionary entry or rule linked it, for explanation
 * @param attributeSource where the actor's country and sector came from when not from its own
 *     dictionary entry ("title: ägyptische Innenminister", "apposition: Sprecher des …", "focus: ETH");
 *     null when the dictionary gave them or there are none
 */
public record Mention(Span span, String text, ActorRef actor, String kind, String rule, String attributeSource) {
  /** A mention whose attributes are the dictionary's own. */
  public Mention(Span span, String text, ActorRef actor, String kind, String rule) {
    this(span, text, actor, kind, rule, null);
  }

  /** The attribute source of a country guessed from the article's focus ("focus: ETH"), not read in the text. */
  public static String focusSource(String country) {
    return FOCUS + country;
  }

  /** Whether an attribute source says the country is only the article's focus. */
  public static boolean isFocusSource(String attributeSource) {
    return attributeSource != null && attributeSource.startsWith(FOCUS);
  }

  /** Whether this mention's country is only the article's focus. */
  public boolean countryFromFocus() {
    return isFocusSource(attributeSource);
  }

  private static final String FOCUS = "focus: ";
}
