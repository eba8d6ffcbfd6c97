package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;

/**
 * Finds the actors in a rule's slots: follows the slot's dependency relation from the trigger (and
 * from the rule's required object), then collects actors through coordination ("Putin und Xi").
 * Dependents that carry attribution ("laut Xinhua") are never arguments.
 */
final class ArgumentFinder {
  /** An actor found in a slot, with the token it was read from. */
  record Arg(ActorRef actor, int token) {}

  /** Relations through which an actor's name phrase extends below its head. */
  private static final Set<String> PHRASE_RELS =
      Set.of("amod", "flat", "appos", "compound", "nmod", "det", "nummod", "name");

  private final PairResolver pairs;
  private final Set<String> attributionPrepositions;
  private final Set<String> objectControl;

  ArgumentFinder(PairResolver pairs, Set<String> attributionPrepositions, Set<String> objectControl) {
    this.pairs = pairs;
    this.attributionPrepositions = attributionPrepositions;
    this.objectControl = objectControl;
  }

  /** The actors of the first slot that yields any, with the slot that did. */
  List<Arg> find(SentenceView s, int trigger, int anchor, List<Slot> slots, boolean verb) {
    for (Slot slot : slots) {
      List<Arg> args = new ArrayList<>();
      for (int tok : slotTokens(s, trigger, anchor, slot, verb)) {
        args.addAll(actorsWithConjuncts(s, tok));
      }
      if (!args.isEmpty()) {
        return args;
      }
    }
    return List.of();
  }

  private List<Integer> slotTokens(SentenceView s, int trigger, int anchor, Slot slot, boolean verb) {
    boolean passive = verb && s.isPassive(trigger);
    List<Integer> out = new ArrayList<>();
    switch (slot.type()) {
      case NSUBJ -> {
        if (passive) {
          out.addAll(prepDependents(s, trigger, Set.of("von", "durch")));
        } else {
          out.addAll(controllingSubject(s, trigger));
        }
      }
      case OBJ -> {
        out.addAll(passive ? dependentsExact(s, trigger, "nsubj:pass") : objects(s, trigger, anchor));
        if (out.isEmpty() && !passive) {
          out.addAll(secondSubjects(s, trigger));
        }
      }
      case IOBJ -> {
        out.addAll(datives(s, trigger, anchor));
        if (out.isEmpty()) {
          out.addAll(objects(s, trigger, anchor));
        }
        if (out.isEmpty() && anchor >= 0) {
          out.addAll(precedingModifiers(s, anchor));
        }
        if (out.isEmpty() && !passive) {
          out.addAll(secondSubjects(s, trigger));
        }
        if (out.isEmpty()) {
          out.addAll(gluedNames(s, trigger));
        }
      }
      case PREP -> {
        Set<String> preps = Set.of(slot.arg());
        // the phrase may hang on the trigger, on its objects, or (parser's choice) one level lower
        for (int head : phraseHeads(s, trigger, anchor)) {
          out.addAll(prepDependents(s, head, preps));
        }
        if (anchor >= 0) {
          out.addAll(adjacentPhrase(s, anchor, slot.arg()));
        }
        if (!verb) {
          out.addAll(adjacentPhrase(s, trigger, slot.arg()));
        }
      }
      case GEN -> {
        out.addAll(genitives(s, trigger));
        if (anchor >= 0) {
          out.addAll(genitives(s, anchor));
        }
      }
      case AMOD -> {
        for (int head : anchor >= 0 ? new int[] {trigger, anchor} : new int[] {trigger}) {
          for (int c : s.children(head)) {
            if (s.baseRel(c).equals("amod") && s.mention(c) != null) {
              out.add(c);
            }
          }
        }
      }
      case COMPOUND -> {
        for (int head : anchor >= 0 ? new int[] {trigger, anchor} : new int[] {trigger}) {
          int first = hyphenPrefix(s, head);
          if (first >= 0) {
            out.add(first);
          }
          for (int c : s.children(head)) {
            if (s.baseRel(c).equals("compound") && s.mention(c) != null) {
              out.add(c);
            }
          }
        }
      }
      case HEAD_SUBJECT, HEAD_OBJECT -> {
        int gov = s.clauseHead(trigger);
        if (gov != trigger && governedAsComplement(s, trigger)) {
          boolean pass = s.isPassive(gov);
          if (slot.type() == Slot.Type.HEAD_SUBJECT) {
            out.addAll(pass ? prepDependents(s, gov, Set.of("von", "durch")) : dependents(s, gov, "nsubj"));
          } else {
            for (int c : pass ? dependentsExact(s, gov, "nsubj:pass") : objects(s, gov, trigger)) {
              if (c != trigger) {
                out.add(c);
              }
            }
            out.addAll(datives(s, gov, trigger));
          }
        }
      }
    }
    return out;
  }

  /**
   * A noun whose governing verb's subject acts through it: its object ("verhängt Sanktionen"), or a
   * "zu"/"unter" complement ("gewillt zu Unterstützung", "unter Druck"); not "dankte für die Hilfe".
   */
  private static boolean governedAsComplement(SentenceView s, int noun) {
    String rel = s.deprel(noun);
    if (rel.equals("obj") || rel.equals("nsubj:pass")) {
      return true;
    }
    String p = s.preposition(noun);
    return (rel.startsWith("obl") || rel.startsWith("nmod")) && ("zu".equals(p) || "unter".equals(p));
  }

  /** Dative objects: UD "iobj", or "obl:arg" without a preposition as the German model writes them. */
  private static List<Integer> datives(SentenceView s, int verb, int anchor) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(verb)) {
      String rel = s.deprel(c);
      boolean dative = rel.equals("iobj") || rel.equals("obl:arg") && s.preposition(c) == null;
      if (dative && c != anchor && !s.xpos(c).startsWith("PRO:REF") && !s.xpos(c).equals("PRF")) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A second subject after the first, which the parser writes for an unmarked object ("drängte
   * Italien zu …"), or the subject of a small clause ("sprach X schuldig").
   */
  private static List<Integer> secondSubjects(SentenceView s, int verb) {
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

  /** Caseless nominal modifiers before a noun: "bot Mexiko Hilfe an" parsed as [Mexiko Hilfe]. */
  private static List<Integer> precedingModifiers(SentenceView s, int noun) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(noun)) {
      if (c < noun && s.baseRel(c).equals("nmod") && s.preposition(c) == null) {
        out.add(c);
      }
    }
    return out;
  }

  /** Where a prepositional argument may hang: the trigger, its anchor, and their nominal dependents. */
  private static List<Integer> phraseHeads(SentenceView s, int trigger, int anchor) {
    List<Integer> heads = new ArrayList<>();
    heads.add(trigger);
    if (anchor >= 0) {
      heads.add(anchor);
    }
    for (int h : List.copyOf(heads)) {
      for (int c : s.children(h)) {
        String rel = s.baseRel(c);
        if (rel.equals("obj") || rel.equals("obl") || rel.equals("iobj") || rel.equals("nmod") || rel.equals("appos")
            || rel.equals("flat") || rel.equals("xcomp")) {
          if (!heads.contains(c)) {
            heads.add(c);
          }
        }
      }
    }
    return heads;
  }

  /** Objects of the verb other than the rule's required object, reflexive pronouns excluded. */
  private static List<Integer> objects(SentenceView s, int verb, int anchor) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(verb)) {
      if ((s.baseRel(c).equals("obj") || s.baseRel(c).equals("iobj")) && c != anchor && !isReflexive(s, c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The subject of a verb; an infinitive or coordinated verb without one shares its governor's
   * ("China ist bereit, X zu unterstützen", "trafen sich und unterzeichneten").
   */
  private List<Integer> controllingSubject(SentenceView s, int verb) {
    int cur = verb;
    for (int level = 0; cur >= 0 && level < 3; level++) {
      if (level > 0 && objectControl.contains(s.lemma(cur))) {
        // "warnte Peking davor, … zu unterstützen": the one warned is the one who would act
        List<Integer> objects = objects(s, cur, -1);
        objects.addAll(datives(s, cur, -1));
        if (!objects.isEmpty()) {
          return objects.subList(0, 1);
        }
      }
      List<Integer> subjects = dependents(s, cur, "nsubj");
      if (!subjects.isEmpty()) {
        return List.of(pastKicker(s, subjects.get(0)));
      }
      String rel = s.baseRel(cur);
      if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl") && hasZu(s, cur))) {
        break;
      }
      cur = s.head(cur);
    }
    return List.of();
  }

  private static boolean hasZu(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.deprel(c).equals("mark") && (s.word(c).equals("zu") || s.word(c).equals("um"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A prepositional phrase right after a noun, wherever the parser attached it ("Sanktionen gegen
   * Russland" is often hung on the verb).
   */
  private List<Integer> adjacentPhrase(SentenceView s, int noun, String preposition) {
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

  private static boolean isReflexive(SentenceView s, int tok) {
    return s.xpos(tok).equals("PRF") || s.xpos(tok).startsWith("PRO:REF");
  }

  private static List<Integer> dependents(SentenceView s, int head, String rel) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(head)) {
      if (s.deprel(c).equals(rel)) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Integer> dependentsExact(SentenceView s, int head, String rel) {
    return dependents(s, head, rel);
  }

  private List<Integer> prepDependents(SentenceView s, int head, Set<String> preps) {
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
  private List<Integer> genitives(SentenceView s, int head) {
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
        if (p == null || p.equals("von")) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** "US - Sanktionen": the token before a hyphen glued to the trigger, when it names an actor. */
  static int hyphenPrefix(SentenceView s, int token) {
    if (token < 2) {
      return -1;
    }
    var hy = s.token(token - 1);
    var first = s.token(token - 2);
    boolean glued = hy.text().equals("-") && hy.end() == s.token(token).begin() && first.end() == hy.begin();
    return glued && s.mention(token - 2) != null ? token - 2 : -1;
  }

  /** The actors of a slot head and of every conjunct coordinated with it. */
  private List<Arg> actorsWithConjuncts(SentenceView s, int head) {
    List<Arg> out = new ArrayList<>();
    Set<Integer> heads = new LinkedHashSet<>();
    heads.add(head);
    for (int c : s.children(head)) {
      String rel = s.baseRel(c);
      if (rel.equals("conj")) {
        heads.add(c);
      } else if (rel.equals("appos") || rel.equals("flat")) {
        // "der Präsident Wladimir Putin und Chinas Staatschef …": the parser coordinates the name
        for (int g : s.children(c)) {
          if (s.baseRel(g).equals("conj")) {
            heads.add(g);
          }
        }
      }
    }
    for (int h : heads) {
      if (isAttribution(s, h)) {
        continue;
      }
      List<Mention> plural = s.mentions(h);
      if (plural.size() > 1) {
        plural.forEach(m -> out.add(new Arg(m.actor(), h)));
        continue;
      }
      List<ActorRef> pair = pairs.resolve(s, h);
      if (!pair.isEmpty()) {
        pair.forEach(a -> out.add(new Arg(a, h)));
        continue;
      }
      Mention m = actorOf(s, h);
      if (m == null && h != head) {
        m = nextNameInPhrase(s, head, h, out);
      }
      if (m != null) {
        out.add(new Arg(m.actor(), h));
      }
    }
    return out;
  }

  /**
   * A conjunct without a name of its own ("Chinas Staats- und Parteichef Xi Jinping", where the
   * parser hung the name elsewhere in the phrase): the first other actor named after it in the
   * coordinated phrase.
   */
  private static Mention nextNameInPhrase(SentenceView s, int head, int conjunct, List<Arg> found) {
    for (int t = conjunct; t < s.size(); t++) {
      Mention m = s.mention(t);
      if (m != null && dominates(s, head, t) && found.stream().noneMatch(a -> a.actor().id().equals(m.actor().id()))) {
        return m;
      }
    }
    return null;
  }

  private static boolean dominates(SentenceView s, int ancestor, int t) {
    for (int cur = t, guard = 0; cur >= 0 && guard < s.size(); cur = s.head(cur), guard++) {
      if (cur == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Ukraine-Krieg: China sichert …" — a headline's topic label before a colon is parsed as the
   * subject with the real subject as its apposition; take the apposition.
   */
  private static int pastKicker(SentenceView s, int subject) {
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

  /** A name the parser glued flat onto the subject although it is a separate phrase ("sicherte Xi Russland … zu"). */
  private static List<Integer> gluedNames(SentenceView s, int verb) {
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

  private boolean isAttribution(SentenceView s, int tok) {
    String p = s.preposition(tok);
    return p != null && attributionPrepositions.contains(p);
  }

  /** The mention on the head token, else the nearest one inside its name phrase. */
  static Mention actorOf(SentenceView s, int head) {
    if (s.mention(head) != null) {
      return s.mention(head);
    }
    List<Integer> phrase = new ArrayList<>();
    collectPhrase(s, head, phrase, 0);
    int prefix = hyphenPrefix(s, head);
    if (prefix >= 0) {
      phrase.add(prefix);
    }
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int t : phrase) {
      Mention m = s.mention(t);
      if (m != null && Math.abs(t - head) < bestDistance) {
        best = m;
        bestDistance = Math.abs(t - head);
      }
    }
    return best;
  }

  private static void collectPhrase(SentenceView s, int tok, List<Integer> out, int depth) {
    if (depth > 3) {
      return;
    }
    for (int c : s.children(tok)) {
      String rel = s.baseRel(c);
      if (!PHRASE_RELS.contains(rel)) {
        continue;
      }
      // a prepositional modifier names something else ("Botschafter in Berlin"), except "von"
      String p = rel.equals("nmod") ? s.preposition(c) : null;
      if (p != null && !p.equals("von")) {
        continue;
      }
      out.add(c);
      collectPhrase(s, c, out, depth + 1);
    }
  }
}
