package org.chronik.pipeline.attribution;

import java.util.Locale;
import java.util.function.IntFunction;
import org.chronik.model.ActorRef;
import org.chronik.model.Sentence;
import org.chronik.model.Token;

/**
 * Finds who reports an event, for the event coder: "wie der Kreml mitteilte", "laut Xinhua", "nach
 * Angaben des Außenministeriums", "berichtete Xinhua, …", "…, sagte Xi". Reads the cues of the
 * attribution lexicon marked {@code event=report}. The reporter is attribution, never an actor of
 * the event. Stateless and thread-safe.
 */
public final class Reporters {
  /** How many clause levels above the event a reporting verb may govern it. */
  private static final int LEVELS = 4;

  private final AttributionLexicon lexicon;

  public Reporters(AttributionLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The actor who reports the event triggered at {@code trigger}, or null.
   *
   * @param actorAt the actor a phrase headed at a token names, or null
   */
  public ActorRef find(Sentence s, int trigger, IntFunction<ActorRef> actorAt) {
    DependencyTree tree = new DependencyTree(s);
    // a reporting verb that embeds the event's clause: "X berichtete, China sei …"
    int cur = clauseHead(tree, trigger);
    for (int level = 0; cur >= 0 && level < LEVELS; level++) {
      if (level > 0 && isReportVerb(tree, cur)) {
        ActorRef a = subjectOf(tree, cur, actorAt, lexicon);
        if (a != null) {
          return a;
        }
      }
      int parent = tree.token(cur).head();
      if (parent < 0) {
        break;
      }
      cur = parent;
    }
    int root = cur;
    // a reporting clause or phrase anywhere in the sentence
    for (int i = 0; i < tree.size(); i++) {
      String rel = tree.token(i).baseRel();
      if (isReportVerb(tree, i) && Tokens.isVerb(tree.token(i))
          && (hasMark(tree, i) || rel.equals("parataxis") || (tree.token(i).head() == root && rel.equals("ccomp")) || i == root)) {
        ActorRef a = subjectOf(tree, i, actorAt, lexicon);
        if (a != null && (i != root || tree.token(trigger).head() >= 0)) {
          return a;
        }
      }
      String p = preposition(tree, i);
      if (p != null && lexicon.reportAdpositions().contains(p)) {
        ActorRef a = actorAt.apply(i);
        if (a != null) {
          return a;
        }
      }
      if (lexicon.isReportNoun(lower(tree, i)) || lexicon.isReportNoun(tree.token(i).text())) {
        for (int c : tree.children(i)) {
          if (tree.token(c).baseRel().equals("nmod") || "nmod:poss".equals(tree.token(c).deprel())) {
            ActorRef a = actorAt.apply(c);
            if (a != null) {
              return a;
            }
          }
        }
      }
    }
    return null;
  }

  /** The subject of a reporting verb in an attributing clause ("wie X mitteilte"), which is never an event argument. */
  public boolean isReporter(Sentence s, int token) {
    DependencyTree tree = new DependencyTree(s);
    int h = tree.token(token).head();
    return h >= 0 && "nsubj".equals(tree.token(token).deprel()) && isReportVerb(tree, h) && hasMark(tree, h);
  }

  /** A verb of saying or reporting of the cue list ("sagen", "erklären", "mitteilen"): its clause tells who spoke. */
  public boolean isCueVerb(String lemma) {
    return lemma != null && lexicon.verb(lemma) != null;
  }

  /** True when the word is a report noun ("Angaben", "Bericht"): its phrase tells who says so. */
  public boolean isReportNoun(String word) {
    return word != null && lexicon.isReportNoun(word);
  }

  /** The language's morphology lexicon the cues are read with. */
  public Morphology morphology() {
    return lexicon.morphology();
  }

  /** Adpositions that name who reports ("laut", "zufolge"): their phrases are never event arguments. */
  public java.util.Set<String> adpositions() {
    return lexicon.reportAdpositions();
  }

  private boolean isReportVerb(DependencyTree tree, int i) {
    return lexicon.isReportVerb(lower(tree, i));
  }

  /** A clause word of the lexicon ("wie") as the verb's marker. */
  private boolean hasMark(DependencyTree tree, int verb) {
    for (int c : tree.children(verb)) {
      if ("mark".equals(tree.token(c).deprel()) && lexicon.clause(tree.token(c).text().toLowerCase(Locale.ROOT)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reporter of a reporting verb by the speaker grammar the quote finder uses ({@link Subjects}:
   * inverted verbs, passive agents, word order when the parse gives no subject), else its parsed subject.
   */
  private static ActorRef subjectOf(DependencyTree tree, int verb, IntFunction<ActorRef> actorAt, AttributionLexicon lexicon) {
    int speaker = Subjects.of(tree, verb, lexicon);
    ActorRef named = speaker < 0 ? null : actorAt.apply(speaker);
    if (named != null) {
      return named;
    }
    for (int c : tree.children(verb)) {
      if ("nsubj".equals(tree.token(c).deprel())) {
        ActorRef a = actorAt.apply(c);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  private static int clauseHead(DependencyTree tree, int i) {
    int cur = i;
    for (int guard = 0; cur >= 0 && guard++ < tree.size(); cur = tree.token(cur).head()) {
      if (Tokens.isVerb(tree.token(cur)) || tree.child(cur, "cop") >= 0) {
        return cur;
      }
    }
    return i;
  }

  private static String preposition(DependencyTree tree, int i) {
    for (int c : tree.children(i)) {
      if ("case".equals(tree.token(c).baseRel()) && !"PUNCT".equals(tree.token(c).upos())) {
        return tree.token(c).text().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static String lower(DependencyTree tree, int i) {
    Token t = tree.token(i);
    String l = t.lemma() == null || t.lemma().isBlank() ? t.text() : t.lemma();
    return l.toLowerCase(Locale.ROOT);
  }
}
