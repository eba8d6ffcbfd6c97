package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.EventGrammar.Kind;

/**
 * Whether the phrases an act is done to name a person or an organisation the actors stage does not
 * know: a proper name tagged as a person or organisation, without an actor, anywhere in the act's
 * object, dative, oblique or (for a noun) modifier phrases. Such an act is aimed at that party
 * ("verweigerte dem Landeschef der Bürgerliste die Zustimmung", "demonstrierten gegen eine Mahnwache
 * der Partei Pro NRW", "rief zu Streiks beim Versandhändler Amazon auf"), so the focus government is
 * no implicit target. Places (tagged as locations) do not count.
 */
final class UnknownParty {
  /** The universal relations of the phrases an act is done to. */
  private static final Set<String> ARGUMENTS = Set.of("obj", "iobj", "obl", "nsubj:pass", "nmod");
  /** Relations that open a clause of its own: a name there belongs to another act. */
  private static final Set<String> CLAUSES = Set.of("acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "nsubj");
  /** The normalized named-entity tags of parties ({@code GermanModels.nerTag}). */
  private static final Set<String> PARTY_TAGS = Set.of("PER", "ORG");

  /** Quotation marks Unicode does not class as quotes: the straight ones and the low-9 openers. */
  private static final String QUOTE_MARKS = "\"'\u201E\u201A";

  private UnknownParty() {}

  static boolean named(SentenceView s, int trigger) {
    for (int c : s.children(trigger)) {
      if (ARGUMENTS.contains(s.deprel(c)) || ARGUMENTS.contains(s.baseRel(c))) {
        if (inPhrase(s, c, 0)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of the given phrases (an act's phrases that need not hang on its trigger: {@link ActPhrases}) names a party. */
  static boolean namedIn(SentenceView s, List<Integer> phrases) {
    return phrases.stream().anyMatch(p -> inPhrase(s, p, 0));
  }

  /**
   * A name opened by a quotation mark is the title of a thing (a law, a programme: "die Rücknahme von
   * „Schäuble I“"), not a party.
   */
  private static boolean quoted(SentenceView s, int i) {
    int at = s.token(i).span().begin() - 1;
    while (at >= 0 && Character.isWhitespace(s.body.charAt(at))) {
      at--;
    }
    if (at < 0) {
      return false;
    }
    char c = s.body.charAt(at);
    int type = Character.getType(c);
    return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION || QUOTE_MARKS.indexOf(c) >= 0;
  }

  /**
   * Whether the phrases an act is done to (the trigger's argument phrases and the given target phrase
   * heads, with their genitives, agent phrases and attributes, down to a clause of their own) name a party by a common noun that has no actor: a party,
   * faction or company (lang/de/events/grammar.tsv {@code PARTY} and {@code PRIVATE_BODY}: "forderte von
   * den Energiekonzernen", "die Pläne der Arbeiterpartei"), or a body of a state ({@code GOVERNMENT})
   * that its own phrase marks as another country's than the focus one: a {@code FOREIGN} word or a
   * state or place of another country ("die Regierungen der Nachbarländer", "ausländische Behörden").
   * A state body without such a mark is the focus country's own ("die Vorgängerregierung"), and the focus
   * government names it right at country level; a body of a city or federal state ({@code LOCAL_BODY}: "der
   * Gemeinderat", "die Landesregierung") is not the national government and counts as such a party.
   */
  static boolean namedByWord(SentenceView s, int trigger, List<Integer> heads, String focus) {
    List<Integer> roots = new ArrayList<>(heads);
    roots.addAll(DisputeParty.opponents(s, trigger)); // "Im Streit mit der Konzernführung riefen sie zu Streiks auf"
    for (int c : s.children(trigger)) {
      if (ARGUMENTS.contains(s.deprel(c)) || ARGUMENTS.contains(s.baseRel(c))) {
        roots.add(c);
      }
      if (s.baseRel(c).equals("nsubj") && s.anyMention(c) != null) {
        roots.addAll(agentPhrases(s, c, 0)); // "fordert der Präsident X von Konzernen": the parse hung the verb's phrase on its subject
      }
    }
    for (int r : roots) {
      if (wordInPhrase(s, r, focus, 0)) {
        return true;
      }
    }
    return false;
  }

  /** The agent-preposition phrases ("von Konzernen") inside a named subject's phrase, which the parser hung there in inverted order. */
  private static List<Integer> agentPhrases(SentenceView s, int i, int depth) {
    List<Integer> out = new ArrayList<>();
    for (int c : depth > 1 ? List.<Integer>of() : s.children(i)) {
      String p = s.preposition(c);
      if (s.baseRel(c).equals("nmod") && p != null && s.grammar().is(Kind.AGENT, p) && s.anyMention(c) == null) {
        out.add(c);
      } else if (!CLAUSES.contains(s.baseRel(c))) {
        out.addAll(agentPhrases(s, c, depth + 1));
      }
    }
    return out;
  }

  private static boolean wordInPhrase(SentenceView s, int i, String focus, int depth) {
    if (s.anyMention(i) == null && (s.upos(i).equals("NOUN") || s.upos(i).equals("PROPN"))) {
      if (is(s, Kind.LOCAL_BODY, i)) {
        return true; // a city's or a federal state's body is no part of the national government
      }
      if (is(s, Kind.GOVERNMENT, i)) {
        if (foreign(s, i, focus, 0)) {
          return true;
        }
      } else if (is(s, Kind.PARTY, i) || is(s, Kind.PRIVATE_BODY, i)) {
        return true;
      }
    }
    if (depth > 4) {
      return false;
    }
    for (int c : s.children(i)) {
      if (!CLAUSES.contains(s.baseRel(c)) && ownersPhrase(s, c) && wordInPhrase(s, c, focus, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a dependent tells whose the phrase is: no preposition (a genitive, a conjunct, an
   * attribute) or an agent one ("ein Treffen von Konzernführung und Betriebsrat", "der Raubbau durch
   * westliche Konzerne"). Other prepositions name someone else: "Steuergeschenke für Konzerne" may
   * still be the government's act.
   */
  private static boolean ownersPhrase(SentenceView s, int c) {
    String p = s.preposition(c);
    return p == null || s.grammar().is(Kind.AGENT, p) || s.grammar().is(Kind.GENITIVE, p);
  }

  /** Whether a state body's phrase places it in another country: a FOREIGN word, or a state or place of another country. */
  private static boolean foreign(SentenceView s, int i, String focus, int depth) {
    for (int c : s.children(i)) {
      if (CLAUSES.contains(s.baseRel(c))) {
        continue;
      }
      Mention m = s.anyMention(c);
      boolean other = m != null && m.actor() != null && m.actor().country() != null && !m.actor().country().equals(focus)
          && FocusCountry.isState(m.actor());
      if (other || is(s, Kind.FOREIGN, c) || depth < 2 && foreign(s, c, focus, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean is(SentenceView s, Kind kind, int i) {
    return s.grammar().isOrEndsIn(kind, s.lemma(i)) || s.grammar().isOrEndsIn(kind, s.word(i));
  }

  private static boolean inPhrase(SentenceView s, int i, int depth) {
    if (s.upos(i).equals("PROPN") && PARTY_TAGS.contains(s.token(i).ner()) && s.mention(i) == null && !quoted(s, i)) {
      return true;
    }
    if (depth > 4) {
      return false;
    }
    for (int c : s.children(i)) {
      if (!CLAUSES.contains(s.baseRel(c)) && inPhrase(s, c, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
