package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.Mention;

/**
 * Dependency look-ups for argument slots on the German UD parse, including the repairs for the
 * parser's usual slips (datives as "obl:arg", objects glued flat, headline topic labels).
 */
final class Dependents {
  private Dependents() {}

  /**
   * A noun whose governing verb's subject acts through it: the object of a support verb ("verhängt
   * Sanktionen", "setzten ihre Proteste fort"; not "nannte die Sanktionen …"), a COMPLEMENT phrase ("gewillt zu Unterstützung", "unter Druck") or an OCCASION phrase ("sagte bei
   * seinem Besuch"); not "dankte für die Hilfe". Only rules with a head.nsubj slot use it.
   */
  static boolean governedAsComplement(SentenceView s, int noun) {
    String rel = s.deprel(noun);
    if (rel.equals("obj") || rel.equals("nsubj:pass")) {
      int verb = s.head(noun);
      return verb >= 0 && s.grammar().is(EventGrammar.Kind.SUPPORT, s.lemma(verb));
    }
    String p = s.preposition(noun);
    boolean phrase = rel.startsWith("obl") || rel.startsWith("nmod");
    return phrase && (s.grammar().is(EventGrammar.Kind.COMPLEMENT, p) || s.grammar().is(EventGrammar.Kind.OCCASION, p));
  }

  /** Dative objects: UD "iobj", or "obl:arg" without a preposition as the German model writes them. */
  static List<Integer> datives(SentenceView s, int verb, int anchor) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(verb)) {
      String rel = s.deprel(c);
      boolean dative = rel.equals("iobj") || rel.equals("obl:arg") && s.preposition(c) == null;
      if (dative && c != anchor && !s.grammar().reflexiveTag(s.xpos(c))) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A second subject after the first, which the parser writes for an unmarked object ("drängte
   * Italien zu …"), or the subject of a small clause ("sprach X schuldig").
   */
  static List<Integer> secondSubjects(SentenceView s, int verb) {
    List<Integer> subjects = dependents(s, verb, "nsubj");
    if (subjects.size() > 1) {
      return subjects.subList(1, subjects.size());
    }
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(verb)) {
      if (s.deprel(c).equals("xcomp") && !s.isVerbal(c)) {
        out.addAll(dependents(s, c, "nsubj"));
      }
    }
    return out;
  }

  /**
   * Caseless nominal modifiers before a noun: "bot Mexiko Hilfe an" parsed as [Mexiko Hilfe]; on the
   * object of a second coordinated verb, whose own dative the parser tends to lose, also a name it made
   * an adjective of the noun ("… eingeräumt und Großbritannien Schutz zugesichert"), which a name never is.
   */
  static List<Integer> precedingModifiers(SentenceView s, int noun) {
    List<Integer> out = new ArrayList<>();
    boolean coordinated = s.head(noun) >= 0 && s.baseRel(s.head(noun)).equals("conj");
    for (int c : s.children(noun)) {
      boolean nominal = s.baseRel(c).equals("nmod") || coordinated && s.baseRel(c).equals("amod") && "PROPN".equals(s.upos(c));
      if (c < noun && nominal && s.preposition(c) == null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Where a prepositional argument may hang: the trigger, its anchor, the verb of aim (grammar.tsv AIM)
   * whose subject the trigger is, and their nominal dependents.
   */
  static List<Integer> phraseHeads(SentenceView s, int trigger, int anchor) {
    List<Integer> heads = new ArrayList<>();
    heads.add(trigger);
    if (anchor >= 0) {
      heads.add(anchor);
    }
    int verb = s.head(trigger);
    if (verb >= 0 && s.deprel(trigger).equals("nsubj")
        && (s.grammar().is(EventGrammar.Kind.AIM, s.lemma(verb)) || Occurrence.holds(s, trigger))) {
      // "Die Sanktionen richten sich gegen Banken", "Es gab Kritik von X an Y": the verb holds the act noun's phrase
      heads.add(verb);
    }
    for (int h : List.copyOf(heads)) {
      for (int c : s.children(h)) {
        String rel = s.baseRel(c);
        if (rel.equals("obj") || rel.equals("obl") || rel.equals("iobj") || rel.equals("nmod") || rel.equals("appos")
            || rel.equals("flat") || rel.equals("xcomp")) {
          String p = s.preposition(c);
          if (p != null && s.grammar().is(EventGrammar.Kind.TOPIC, p)) {
            continue; // "sprach über eine Koalition mit den Grünen": the coalition's partner, not the talks'
          }
          if (!heads.contains(c)) {
            heads.add(c);
          }
        }
      }
    }
    return heads;
  }

  /** Objects of the verb other than the rule's required object, reflexive pronouns excluded. */
  static List<Integer> objects(SentenceView s, int verb, int anchor) {
    List<Integer> out = new ArrayList<>();
    boolean mislabelled = s.passiveSubjectIsObject(verb);
    for (int c : s.children(verb)) {
      boolean object = s.baseRel(c).equals("obj") || s.baseRel(c).equals("iobj") || mislabelled && s.deprel(c).equals("nsubj:pass");
      if (object && c != anchor && !isReflexive(s, c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A prepositional phrase right after a noun, wherever the parser attached it ("Sanktionen gegen
   * Russland" is often hung on the verb).
   */
  static List<Integer> adjacentPhrase(SentenceView s, int noun, String preposition) {
    List<Integer> out = new ArrayList<>();
    int next = noun + 1;
    if (next >= s.size() || !s.baseRel(next).equals("case") || !s.word(next).equals(preposition)) {
      return out;
    }
    int phrase = s.head(next);
    if (phrase > noun && phrase != noun && s.head(phrase) != noun) {
      out.add(phrase);
    }
    return out;
  }

  static boolean isReflexive(SentenceView s, int tok) {
    return s.grammar().reflexive(s.xpos(tok), s.word(tok), s.upos(tok));
  }

  static List<Integer> dependents(SentenceView s, int head, String rel) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(head)) {
      if (s.deprel(c).equals(rel)) {
        out.add(c);
      }
    }
    return out;
  }

  static List<Integer> dependentsExact(SentenceView s, int head, String rel) {
    return dependents(s, head, rel);
  }

  static List<Integer> prepDependents(SentenceView s, int head, Set<String> preps) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(head)) {
      String rel = s.baseRel(c);
      if (rel.equals("obl") || rel.equals("nmod") || rel.equals("advmod")) {
        String p = s.preposition(c);
        if (p != null && preps.contains(p)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** Genitive or possessive modifiers ("Chinas Besuch", "Sanktionen des Westens", "der Besuch von X"). */
  static List<Integer> genitives(SentenceView s, int head) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(head)) {
      String rel = s.deprel(c);
      if (rel.equals("nmod:poss") || rel.equals("det:poss")) {
        out.add(c);
      } else if (s.xpos(c).contains(":GEN:") && s.upos(c).equals("PROPN") && s.preposition(c) == null) {
        out.add(c); // a genitive name, whatever relation the parser gave it ("Kanadas Kritik")
      } else if ((rel.equals("appos") || rel.equals("flat")) && s.upos(c).equals("PROPN") && s.preposition(c) == null) {
        out.add(c); // "Drohungen Nordkoreas" is often parsed as an apposition
      } else if (rel.equals("nmod")) {
        String p = s.preposition(c);
        if (p == null || s.grammar().is(EventGrammar.Kind.GENITIVE, p)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * "Ukraine-Krieg: China sichert …" — a headline's topic label before a colon is parsed as the
   * subject with the real subject as its apposition; take the apposition.
   */
  static int pastKicker(SentenceView s, int subject) {
    for (int c : s.children(subject)) {
      if (c > subject && s.baseRel(c).equals("appos")) {
        for (int t = subject + 1; t < c; t++) {
          if (s.word(t).equals(":")) {
            return c;
          }
        }
      }
    }
    return subject;
  }

  /**
   * Names the parser hung on a time expression although they belong to the verb: "besuchte am
   * Dienstag Mexiko" gives appos(Dienstag, Mexiko). Only caseless names of actors count.
   */
  static List<Integer> namesOnTimes(SentenceView s, int verb) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(verb)) {
      if (!s.inTime(c)) {
        continue;
      }
      for (int g : s.children(c)) {
        String rel = s.baseRel(g);
        if ((rel.equals("appos") || rel.equals("flat") || rel.equals("nmod")) && !s.inTime(g) && s.preposition(g) == null
            && s.mention(g) != null) {
          out.add(g);
        }
      }
    }
    return out;
  }

  /** A name the parser glued flat onto the subject although it is a separate phrase ("sicherte Xi Russland … zu"). */
  static List<Integer> gluedNames(SentenceView s, int verb) {
    List<Integer> out = new ArrayList<>();
    for (int subj : dependents(s, verb, "nsubj")) {
      Mention own = s.mention(subj);
      for (int c : s.children(subj)) {
        Mention other = s.mention(c);
        if (s.baseRel(c).equals("flat") && own != null && other != null && !other.span().equals(own.span())
            && !other.actor().id().equals(own.actor().id())) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
