package org.chronik.pipeline.events;

import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.pipeline.actors.PlaceNouns;

/**
 * The place of an event: a place phrase ("in <location>"; prepositions are the language's PLACE cues)
 * below the trigger or its clause.
 */
final class PlaceFinder {
  private final Set<String> prepositions;
  private final PlaceNouns placeNouns;

  PlaceFinder(Set<String> prepositions, PlaceNouns placeNouns) {
    this.prepositions = Set.copyOf(prepositions);
    this.placeNouns = placeNouns;
  }

  /** The place's name as written, or null. */
  String place(SentenceView s, int trigger) {
    int c = phrase(s, trigger, true);
    if (c < 0) {
      return null;
    }
    Mention m = placeAt(s, c);
    if (m != null && !m.span().overlaps(s.token(c).span())) { // "auf pakistanischem Gebiet": the adjective and its noun
      int begin = Math.min(m.span().begin(), s.token(c).span().begin());
      int end = Math.max(m.span().end(), PlaceText.nameAfter(s, c));
      return s.body.substring(begin, end);
    }
    return m != null ? m.text() : s.token(c).text();
  }

  /** The country key of the place, when the place is a known location or country; else null. */
  String country(SentenceView s, int trigger) {
    return country(s, trigger, true);
  }

  /** As {@link #country}, but a town told by a state's adjective counts not: the man beaten "in einem indischen Dorf" is no attack on India. */
  String targetCountry(SentenceView s, int trigger) {
    return country(s, trigger, false);
  }

  private String country(SentenceView s, int trigger, boolean towns) {
    int c = phrase(s, trigger, towns);
    Mention m = c < 0 ? null : placeAt(s, c, towns);
    return m != null ? m.actor().country() : null;
  }

  /** The country of the place a token names ("Bagdad", "im Gazastreifen", "die Stadt Charkiw"), or null. */
  String countryOf(SentenceView s, int tok) {
    Mention m = placeAt(s, tok);
    return m != null ? m.actor().country() : null;
  }

  /** The country of the city or region a token names ("Charkiw", "die Stadt Aleppo"), not of a country; or null. */
  String locationCountry(SentenceView s, int tok) {
    Mention m = placeAt(s, tok);
    return m != null && m.actor().type() == ActorType.LOCATION ? m.actor().country() : null;
  }

  /**
   * The place a token names: its own mention, or for a noun without one the place in apposition to it
   * ("die Stadt Charkiw", "die Hafenstadt Odessa"); null when there is none.
   */
  Mention placeAt(SentenceView s, int tok) {
    return placeAt(s, tok, true);
  }

  /** As {@link #placeAt(SentenceView, int)}; with {@code towns} false a place noun after a state's adjective counts not. */
  private Mention placeAt(SentenceView s, int tok, boolean towns) {
    Mention m = s.anyMention(tok);
    if (m != null) {
      return isPlace(m) ? m : null;
    }
    if (territory(s, tok)) {
      return stateOfTerritory(s, tok);
    }
    if (vicinity(s, tok)) {
      return placeOfVicinity(s, tok);
    }
    for (int c : s.children(tok)) {
      Mention a = s.baseRel(c).equals("appos") || s.baseRel(c).equals("flat") ? s.anyMention(c) : null;
      if (a != null && a.actor().type() == ActorType.LOCATION) {
        return a;
      }
    }
    return towns && placeOfState(s, tok) ? stateOfTerritory(s, tok) : null;
  }

  /** Whether a token is a place noun of actors/place-nouns.tsv with a preposition ("in der nigerianischen Stadt Jos"), no subject or object. */
  private boolean placeOfState(SentenceView s, int tok) {
    return s.upos(tok).equals("NOUN") && s.preposition(tok) != null && (placeNouns.is(s.lemma(tok)) || placeNouns.is(s.word(tok)));
  }

  /** The country of a place phrase hanging on a noun ("Ziele im Libanon"), or null. */
  String countryBelow(SentenceView s, int noun) {
    Mention m = placeBelow(s, noun);
    return m == null ? null : m.actor().country();
  }

  /** The place of a place phrase hanging on a noun ("Ziele im Libanon", "die Reise nach Brüssel") that has a country, or null. */
  Mention placeBelow(SentenceView s, int noun) {
    for (int c : s.children(noun)) {
      String p = s.preposition(c);
      if (s.baseRel(c).equals("nmod") && p != null && (prepositions.contains(p) || territory(s, c))) {
        Mention m = placeAt(s, c);
        if (m != null && m.actor().country() != null) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Whether a place phrase anywhere in the sentence names a place outside the country, or one the
   * gazetteer cannot place ("bei einer Razzia gegen eine Bande in Neapel"): then the country is no
   * safe guess for where the sentence's act happens.
   */
  boolean namesPlaceOutside(SentenceView s, String country) {
    for (int c = 0; c < s.size(); c++) {
      String p = s.preposition(c);
      String rel = s.baseRel(c);
      if (p == null || !(prepositions.contains(p) || territory(s, c)) || !(rel.equals("obl") || rel.equals("nmod"))) {
        continue;
      }
      Mention m = s.anyMention(c);
      Mention place = placeAt(s, c);
      String ner = s.token(c).ner();
      if (place != null ? !country.equals(place.actor().country())
          : m == null && ner != null && (ner.startsWith("LOC") || ner.endsWith("LOC"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place phrase of the sentence names a place in the country ("in Teheran", "im Iran") and
   * none names a place outside it or one the gazetteer cannot place; a phrase {@code told} accepts
   * (where someone spoke or visited) names no place of an act and does not count.
   */
  boolean namesPlaceOnlyIn(SentenceView s, String country, java.util.function.IntPredicate told) {
    if (namesPlaceOutside(s, country)) {
      return false;
    }
    for (int c = 0; c < s.size(); c++) {
      String p = s.preposition(c);
      String rel = s.baseRel(c);
      Mention place = p != null && prepositions.contains(p) && (rel.equals("obl") || rel.equals("nmod")) ? placeAt(s, c) : null;
      if (place != null && country.equals(place.actor().country()) && !told.test(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a token is a noun for a state's land, sea or air (lang/de/events/grammar.tsv {@code
   * TERRITORY}: "Gebiet", "Luftraum") after a preposition of place ({@code TERRITORY_CASE}): with its
   * state named it is a place even where the preposition is no place cue ("auf syrischem Gebiet", "über
   * dem Luftraum der Türkei"); "für das Staatsgebiet" is a scope.
   */
  private static boolean territory(SentenceView s, int tok) {
    String p = s.preposition(tok);
    return s.upos(tok).equals("NOUN") && p != null && s.grammar().is(EventGrammar.Kind.TERRITORY_CASE, p)
        && (s.grammar().isOrEndsIn(EventGrammar.Kind.TERRITORY, s.lemma(tok)) || s.grammar().isOrEndsIn(EventGrammar.Kind.TERRITORY, s.word(tok)));
  }

  /**
   * The state a territory noun names: its country adjective ("auf pakistanischem Gebiet") or its
   * genitive country ("das Territorium der Ukraine"); null when it names none ("auf fremdem Boden").
   */
  private static Mention stateOfTerritory(SentenceView s, int tok) {
    for (int c : s.children(tok)) {
      String rel = s.baseRel(c);
      boolean genitive = rel.equals("nmod") && (s.preposition(c) == null || s.grammar().is(EventGrammar.Kind.GENITIVE, s.preposition(c)));
      Mention m = rel.equals("amod") || genitive ? s.anyMention(c) : null;
      if (m != null && m.actor().type() == ActorType.COUNTRY) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether a token is a noun for the surroundings or a part of a place (lang/de/events/grammar.tsv
   * {@code VICINITY}: "Nähe", "Stadtrand", "Norden") with a preposition of its own: "in der Nähe von
   * Lyon", "im Norden Malis" are places of that place's country.
   */
  private static boolean vicinity(SentenceView s, int tok) {
    return s.upos(tok).equals("NOUN") && s.preposition(tok) != null
        && (s.grammar().isOrEndsIn(EventGrammar.Kind.VICINITY, s.lemma(tok)) || s.grammar().isOrEndsIn(EventGrammar.Kind.VICINITY, s.word(tok)));
  }

  /** The place a vicinity noun's genitive or "von" phrase names ("in der Nähe von Brüssel"); null when it names none. */
  private Mention placeOfVicinity(SentenceView s, int tok) {
    for (int c : s.children(tok)) {
      String p = s.preposition(c);
      // the parser hangs a bare genitive name as an apposition too ("im Norden Malis")
      boolean genitive = s.baseRel(c).equals("nmod") && (p == null || s.grammar().is(EventGrammar.Kind.GENITIVE, p))
          || s.baseRel(c).equals("appos") && p == null;
      Mention m = genitive ? s.anyMention(c) : null;
      if (m != null && isPlace(m)) {
        return m;
      }
    }
    return null;
  }

  private static boolean isPlace(Mention m) {
    return m.actor().type() == ActorType.LOCATION || m.actor().type() == ActorType.COUNTRY;
  }

  /** The head token of the place phrase, or -1; with {@code towns} false a town told by a state's adjective is none. */
  private int phrase(SentenceView s, int trigger, boolean towns) {
    int clause = s.clauseHead(trigger);
    for (int c = 0; c < s.size(); c++) {
      int h = s.head(c);
      // a grandchild through a noun ("bei einem Angriff in Aleppo"), not through another verb's clause:
      // in "griffen an, erklärte Kerry in Washington" Washington is where Kerry spoke
      boolean near = h == trigger || h == clause || h >= 0 && !s.isVerbal(h) && (s.head(h) == clause || s.head(h) == trigger);
      {
        if (!near) {
          continue;
        }
        String rel = s.baseRel(c);
        if (!(rel.equals("obl") || rel.equals("nmod")) || s.preposition(c) == null
            || !(prepositions.contains(s.preposition(c)) || territory(s, c))) {
          continue;
        }
        String ner = s.token(c).ner();
        if (placeAt(s, c, towns) != null || ner != null && (ner.startsWith("LOC") || ner.endsWith("LOC"))) {
          return c;
        }
      }
    }
    return -1;
  }
}
