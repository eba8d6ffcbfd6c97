package org.chronik.pipeline.events;

import java.util.List;
import java.util.function.Predicate;
import org.chronik.model.ActorRef;
import org.chronik.model.ArgumentSource;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The decision, law or plan a pronoun stands for when a speaker judges it: "Das Parlament beschloss ein
 * Mediengesetz. … Der Oppositionsführer nannte es einen schwarzen Tag" / "bezeichnete dies als Skandal" / "sagte,
 * das sei ein Rückschritt". The pronoun ({@code REFERRING} in grammar.tsv: "es", "dies", "das") is the object or
 * subject of the verdict and names no actor itself; its thing is the latest noun of {@code AUTHORED} (act-words.tsv)
 * before it, in its own sentence or the {@link #REACH} before, and the verdict is aimed at that thing's
 * author: its genitive, possessive owner or the subject that told it as new, or, for a definite re-mention, the
 * author {@link AuthoredBefore} finds further back. A placeholder "es" of a clause ("nannte es einen Fehler, dass …")
 * stands for that clause, not for a thing told before; a bare "es" that finds no thing blames nobody (no target at
 * all, never the focus government by default). Read by {@link ImplicitTarget}.
 */
final class ReferredThing {
  /** What the pronoun was found to stand for: {@code author} null when it stands for nobody's thing. */
  record Found(Arg author) {}

  /**
   * How many sentences back the thing may have been told: reactions come in a row ("X sagte dazu … Y nannte es …
   * Z urteilte …"), each speaker judging the decision told at the head of the row, not the words between.
   */
  static final int REACH = 5;

  private ReferredThing() {}

  /**
   * For a pronoun among the act's target phrases or the expletive of its {@code trigger}: the author of the thing it stands for (the side's own
   * thing gives null, {@code own}); null when no head is such a pronoun ("dies" and "das" then keep the other defaults).
   */
  static Found of(ThingPhrases things, int trigger, Predicate<ActorRef> own) {
    SentenceView s = things.sentence();
    List<Integer> heads = things.heads();
    ActWords words = things.words();
    Anaphora anaphora = things.anaphora();
    List<Integer> all = new java.util.ArrayList<>(heads);
    // "nannte es einen schwarzen Tag": the parser makes the pronoun an expletive beside the label it takes for the
    // object; "sagte dazu": the pronominal adverb on the verb of saying
    s.children(trigger).stream().filter(c -> s.baseRel(c).equals("expl") || s.upos(c).equals("ADV")).forEach(all::add);
    for (int h : all) {
      if (h < 0 || !s.grammar().is(EventGrammar.Kind.REFERRING, s.word(h)) || ActorPhrase.actorOf(s, h) != null) {
        continue;
      }
      boolean expletive = s.grammar().is(EventGrammar.Kind.EXPLETIVE, s.word(h));
      if (expletive && placeholder(s, h)) {
        return new Found(null);
      }
      // "sagte dazu": the adverb takes up the matter just told; a pronoun the thing at the head of a row of reactions
      int reach = s.upos(h).equals("ADV") ? AuthoredBefore.BACK : REACH;
      ActorRef a = thingAuthor(s, h, reach, words, anaphora);
      if (a != null) {
        return new Found(own.test(a) ? null : new Arg(a, -1, ArgumentSource.ANTECEDENT));
      }
      if (expletive) {
        return new Found(null);
      }
    }
    return null;
  }

  /**
   * The author of the latest authored noun before the pronoun at {@code h}, at most {@code reach} sentences back; when that mention names none ("wurde die
   * Entscheidung begrüßt"), the author of the latest earlier mention of the same thing that names one ("gab seine
   * Entscheidung bekannt"), anywhere before in the article: a definite re-mention tells the same thing again.
   */
  private static ActorRef thingAuthor(SentenceView s, int h, int reach, ActWords words, Anaphora anaphora) {
    int index = s.sentence.index();
    String thing = null;
    for (int k = index; k >= 0 && (thing != null || k >= index - reach); k--) {
      SentenceView v = k == index ? s : anaphora.sentence(k);
      for (int n = v == null ? -1 : (k == index ? h - 1 : v.size() - 1); n >= 0; n--) {
        String key = v.upos(n).equals("NOUN") && !label(v, n) && !inThing(v, n, words) ? words.authoredEnd(v.lemma(n)) : null;
        if (key == null || thing != null && !thing.equals(key)) {
          continue;
        }
        ActorRef a = AuthoredBefore.author(v, n, anaphora);
        if (a != null) {
          return a;
        }
        if (thing == null && !anaphora.definite(v, n)) {
          return null; // "ein Gesetz" told as new without its author: nobody known to judge
        }
        thing = key; // the latest thing only: an older thing of another kind is not what the pronoun means
      }
    }
    return null;
  }

  /** A noun in the phrase of an authored noun ("ihre Entscheidung über das Gesetz"): the outer thing is the one told. */
  private static boolean inThing(SentenceView v, int n, ActWords words) {
    int head = v.head(n);
    return head >= 0 && v.upos(head).equals("NOUN") && words.authoredEnd(v.lemma(head)) != null;
  }

  /** A noun in an "als" phrase ({@code LABEL_CASE}): what a thing is called, no thing ("als Fortschritt begrüßt"). */
  private static boolean label(SentenceView v, int n) {
    return v.children(n).stream().anyMatch(c -> v.baseRel(c).equals("case") && v.grammar().is(EventGrammar.Kind.LABEL_CASE, v.word(c)));
  }

  /** "es" as the placeholder of a clause on the same verb: a complementizer or an infinitive below the verb after it. */
  private static boolean placeholder(SentenceView s, int h) {
    int verb = s.head(h);
    if (verb < 0) {
      return false;
    }
    for (int c : s.children(verb)) {
      String rel = s.baseRel(c);
      if (c > h && s.isVerbal(c) && (rel.equals("ccomp") || rel.equals("csubj") || rel.equals("xcomp") || rel.equals("advcl"))) {
        return true;
      }
    }
    for (int t = h + 1; t < s.size(); t++) {
      if (s.deprel(t).equals("mark") && s.grammar().is(EventGrammar.Kind.COMPLEMENTIZER, s.word(t))) {
        return true; // "bezeichnete es als Fehler, dass …": the parser hung the clause on the label
      }
    }
    return false;
  }
}

