package org.chronik.pipeline.actors;

/**
 * What a dictionary form stands for.
 *
 * @param key ISO code (of a country word, or of a region's state for its adjective), canonical name, role, group noun, pronoun or pair type, depending on the kind
 * @param sector the sector a title or group noun implies, else null
 * @param country the country a title implies ("Kremlchef"), or the first part of a closed compound
 *     gives a group noun ("Bundeswehrsoldaten"), else null
 */
record Target(Kind kind, String key, String sector, String country) {
  /** In order of precedence when forms of the same length compete. */
  enum Kind {
    BLOCK, ORGANIZATION, PERSON, COUNTRY, CAPITAL, GROUP, TITLE, DESCRIPTOR, ADJECTIVE, REGION_ADJECTIVE, DEMONYM, SHORT_NAME,
    PLURAL, PRONOUN, BLOCKED_HEAD, FUZZY_PERSON, UNKNOWN_PERSON, UNKNOWN_ORGANIZATION
  }

  static Target of(Kind kind, String key) {
    return new Target(kind, key, null, null);
  }

  boolean isCountryWord() {
    return kind == Kind.COUNTRY || kind == Kind.ADJECTIVE;
  }
}
