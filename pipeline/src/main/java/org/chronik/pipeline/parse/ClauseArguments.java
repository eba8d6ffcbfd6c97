package org.chronik.pipeline.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.pipeline.lemma.GermanLexicon;

/**
 * The subject and objects of a verb the tagger had misread, which the parser never gave any: of the
 * verb's noun phrases without a preposition, the one that may be nominative and agrees in number
 * with the verb is the subject ("Die größten Schäden registrierte die Feuerwehr": plural "Schäden"
 * cannot be the subject of singular "registrierte"); where several fit, one that can only be
 * nominative, else the first. The others are objects. A separable particle at the clause's end joins
 * the verb's lemma ("lehnen … ab" → "ablehnen") when the lexicon knows the joined verb. Case and
 * number come from the lexicon's readings of the phrase's head, article and adjectives.
 */
final class ClauseArguments {
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON");
  private static final Set<String> AGREEING = Set.of("det", "det:poss", "amod");
  private static final Set<String> PARTICLE_TAGS = Set.of("ADP", "ADV", "PART");

  private final GermanLexicon lexicon;
  private final LexiconTags tags;

  ClauseArguments(GermanLexicon lexicon, LexiconTags tags) {
    this.lexicon = lexicon;
    this.tags = tags;
  }

  /**
   * @param rerooted the verb took the old root's phrases, whose relations the parser gave them for
   *     another head: every one is read anew
   */
  void assign(VerbRepair.Clause clause, int verb, boolean rerooted) {
    joinParticle(clause, verb);
    List<Integer> children = clause.children(verb);
    for (int c : children) {
      boolean prepositional = clause.children(c).stream().anyMatch(k -> "case".equals(clause.baseRel(k)));
      if (!sameClause(clause, verb, c) && clause.baseRel(c).equals("nsubj")) {
        clause.attach(c, verb, "dep"); // a subject across punctuation ("…, hole unsere Stimmen zurück") is another clause's
      } else if (prepositional && Set.of("nsubj", "obj", "dep", "appos").contains(clause.baseRel(c))) {
        clause.attach(c, verb, "obl");
      }
    }
    if (!rerooted && children.stream().filter(c -> "nsubj".equals(clause.baseRel(c))).count() == 1) {
      return; // the parser gave the verb its subject
    }
    Set<String> verbNumbers = features(List.of(clause.token(verb).xpos()), tags.numbers());
    List<Integer> phrases = new ArrayList<>();
    for (int c : children) {
      if (NOMINAL.contains(clause.token(c).upos()) && !reflexive(clause, c) && sameClause(clause, verb, c)
          && clause.children(c).stream().noneMatch(k -> "case".equals(clause.baseRel(k)))) {
        phrases.add(c);
      }
    }
    List<Integer> fitting = new ArrayList<>();
    List<Integer> onlyNominative = new ArrayList<>();
    for (int p : phrases) {
      Set<String> cases = phrase(clause, p, tags.cases().all());
      Set<String> numbers = clause.children(p).stream().anyMatch(k -> "conj".equals(clause.baseRel(k))) ? Set.of(tags.plural()) : phrase(clause, p, tags.numbers());
      boolean agrees = numbers.isEmpty() || verbNumbers.isEmpty() || numbers.stream().anyMatch(verbNumbers::contains);
      if ((cases.isEmpty() || cases.contains(tags.cases().nominative())) && agrees) {
        fitting.add(p);
        if (cases.equals(Set.of(tags.cases().nominative()))) {
          onlyNominative.add(p);
        }
      }
    }
    int subject = fitting.size() == 1 ? fitting.get(0) : onlyNominative.size() == 1 ? onlyNominative.get(0) : fitting.isEmpty() ? -1 : fitting.get(0);
    for (int p : phrases) {
      if (p == subject) {
        clause.attach(p, verb, "nsubj");
      } else {
        Set<String> cases = phrase(clause, p, tags.cases().all());
        clause.attach(p, verb, cases.equals(Set.of(tags.cases().dative())) ? "iobj" : cases.equals(Set.of(tags.cases().genitive())) ? "nmod" : "obj");
      }
    }
  }

  /** The phrase has a preposition of its own. */
  boolean prepositional(VerbRepair.Clause clause, int head) {
    return clause.children(head).stream().anyMatch(k -> "case".equals(clause.baseRel(k)));
  }

  /** The phrase may be genitive by its words' forms (or they tell no case). */
  boolean mayBeGenitive(VerbRepair.Clause clause, int head) {
    return mayBeGenitive(clause, head, head);
  }

  /** The same, with the case of the head read from {@code noun}, a word of its phrase (a name part after a quotation mark). */
  boolean mayBeGenitive(VerbRepair.Clause clause, int head, int noun) {
    Set<String> cases = phrase(clause, head, noun, tags.cases().all());
    return cases.isEmpty() || cases.contains(tags.cases().genitive());
  }

  /** The phrase may be accusative by its words' forms (or they tell no case): "die Journalisten" may, "er" may not. */
  boolean mayBeAccusative(VerbRepair.Clause clause, int head) {
    Set<String> cases = phrase(clause, head, head, tags.cases().all());
    return cases.isEmpty() || cases.contains(tags.cases().accusative());
  }

  /** No punctuation stands between the verb and the phrase's head. */
  private static boolean sameClause(VerbRepair.Clause clause, int verb, int head) {
    for (int t = Math.min(verb, head) + 1; t < Math.max(verb, head); t++) {
      if ("PUNCT".equals(clause.token(t).upos())) {
        return false;
      }
    }
    return true;
  }

  /** "sich" and the other reflexive pronouns: the verb's own, never its subject. */
  private boolean reflexive(VerbRepair.Clause clause, int t) {
    return "PRON".equals(clause.token(t).upos()) && lexicon.readings(clause.token(t).text()).stream().anyMatch(r -> r.tag().startsWith(tags.reflexive()));
  }

  /** A particle closing the clause ("lehnen … ab") that makes a verb the lexicon knows joins the verb. */
  private void joinParticle(VerbRepair.Clause clause, int verb) {
    int last = clause.size() - 1;
    while (last > verb && "PUNCT".equals(clause.token(last).upos())) {
      last--;
    }
    if (last <= verb + 1 || !PARTICLE_TAGS.contains(clause.token(last).upos()) || !clause.children(last).isEmpty()) {
      return;
    }
    String joined = clause.token(last).text().toLowerCase(Locale.ROOT) + clause.token(verb).lemma();
    if (lexicon.readings(joined).stream().anyMatch(r -> r.lemma().equals(joined) && r.isVerb())) {
      clause.attach(last, verb, "compound:prt");
      clause.relemma(verb, joined);
    }
  }

  /** The features of a phrase all its agreeing words may have: the head's, its articles' and adjectives'. */
  private Set<String> phrase(VerbRepair.Clause clause, int head, Set<String> wanted) {
    return phrase(clause, head, head, wanted);
  }

  private Set<String> phrase(VerbRepair.Clause clause, int head, int noun, Set<String> wanted) {
    Set<String> out = word(clause, noun, wanted);
    for (int c : clause.children(head)) {
      if (AGREEING.contains(clause.deprel(c))) {
        Set<String> own = word(clause, c, wanted);
        if (!own.isEmpty() && !out.isEmpty()) {
          out.retainAll(own);
        } else if (out.isEmpty()) {
          out.addAll(own);
        }
      }
    }
    return out;
  }

  private Set<String> word(VerbRepair.Clause clause, int t, Set<String> wanted) {
    List<String> classes = tags.classesOf(clause.token(t).upos());
    List<String> tags = new ArrayList<>();
    for (GermanLexicon.Reading r : lexicon.readings(clause.token(t).text())) {
      if (classes.stream().anyMatch(r.tag()::startsWith)) {
        tags.add(r.tag());
      }
    }
    return features(tags, wanted);
  }

  private static Set<String> features(List<String> tags, Set<String> wanted) {
    Set<String> out = new HashSet<>();
    for (String tag : tags) {
      if (tag == null) {
        continue;
      }
      for (String field : tag.split(":")) {
        if (wanted.contains(field)) {
          out.add(field);
        }
      }
    }
    return out;
  }
}
