package org.chronik.pipeline.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.Layer;
import org.chronik.model.Sentence;
import org.chronik.model.Token;
import org.chronik.pipeline.SentenceStage;
import org.chronik.pipeline.lemma.GermanLexicon;

/**
 * Gives the finite verbs the tagger read as adjectives or nouns ({@link MistaggedVerbs}) their verb
 * tag, finite reading and lemma, so that every later stage sees a verb: "Also befahl/ADJ der
 * Minister die Räumung" becomes a sentence headed by "befahl". Where the misread verb is the
 * sentence's only finite verb and the parser hung it inside a noun phrase, the verb becomes the root
 * and takes the clause's phrases from the old root ({@link ClauseArguments} then tells the subject
 * from the objects by case and number). A sentence without a parse keeps its tokens' heads.
 */
public final class VerbRepair implements SentenceStage {
  /** Relations that keep a word inside the old root's own phrase when it stands on the root's side of the verb. */
  private static final Set<String> PHRASE_INTERNAL = Set.of("det", "amod", "case", "nmod", "flat", "compound", "nummod", "appos", "cc", "conj", "acl");

  private final MistaggedVerbs verbs;
  private final ClauseArguments arguments;
  private final AuxiliaryHeads auxiliaries;
  private final CapitalisedParticiples capitalised;
  private final AdjectivalParticiples adjectival;
  private final AgentPhraseSubjects agentSubjects;
  private final Postpositions postpositions;
  private final InfinitiveObjects infinitiveObjects;

  public VerbRepair(MistaggedVerbs verbs, GermanLexicon lexicon) {
    this.verbs = verbs;
    this.arguments = new ClauseArguments(lexicon, verbs.tags());
    this.auxiliaries = verbs.auxiliaries();
    this.capitalised = verbs.capitalised();
    this.adjectival = verbs.adjectival();
    this.agentSubjects = new AgentPhraseSubjects(arguments);
    this.postpositions = verbs.postpositions();
    this.infinitiveObjects = verbs.infinitiveObjects(arguments);
  }

  @Override
  public Layer<List<Sentence>> input() {
    return Layer.SENTENCES;
  }

  @Override
  public Sentence rewrite(Sentence sentence) {
    return repair(sentence);
  }

  Sentence repair(Sentence sentence) {
    sentence = auxiliaryHeads(sentence);
    List<Token> tokens = sentence.tokens();
    Set<Integer> found = verbs.find(tokens.stream().map(Token::text).toList(), tokens.stream().map(t -> t.upos() == null ? "" : t.upos()).toList());
    if (found.isEmpty()) {
      return sentence;
    }
    Clause clause = new Clause(new ArrayList<>(tokens));
    boolean parsed = tokens.stream().anyMatch(t -> t.head() >= 0);
    for (int v : found) {
      GermanLexicon.Reading reading = verbs.finiteReading(tokens.get(v).text());
      clause.retag(v, reading.lemma(), reading.tag());
    }
    if (parsed) {
      for (int v : found) {
        boolean rerooted = found.size() == 1 && !otherFiniteVerb(tokens, v) && reroot(clause, v);
        arguments.assign(clause, v, rerooted);
      }
    }
    return sentence.withTokens(List.copyOf(clause.tokens));
  }

  /** A participle the parser hung below its auxiliary becomes its clause's head ({@link AuxiliaryHeads}). */
  private Sentence auxiliaryHeads(Sentence sentence) {
    Clause clause = new Clause(new ArrayList<>(sentence.tokens()));
    capitalised.repair(clause); // "wurde streng Überwacht": a capitalised participle is a verb
    adjectival.repair(clause); // "wurde an der Grenze gefasst": a participle tagged as adjective is a verb
    auxiliaries.repair(clause);
    agentSubjects.repair(clause); // "wurde vom Parlament der Preis verliehen": the prize is the subject
    postpositions.repair(clause); // "Medienberichten zufolge 40 Fischer bergen": the fishermen are the object
    infinitiveObjects.repair(clause); // "warf der Armee vor, Streubomben abzuwerfen": the bombs are the object
    return clause.tokens.equals(sentence.tokens()) ? sentence : sentence.withTokens(List.copyOf(clause.tokens));
  }

  private boolean otherFiniteVerb(List<Token> tokens, int v) {
    for (Token t : tokens) {
      boolean verbal = "VERB".equals(t.upos()) || "AUX".equals(t.upos());
      if (t.index() != v && verbal && t.xpos() != null && verbs.finite(t.xpos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb becomes the root; the old root hangs on it, and so do the old root's dependents except
   * those of its own phrase on its side of the verb ("In seiner Rede" stays together, the phrases
   * after the verb move onto it).
   */
  private boolean reroot(Clause clause, int v) {
    int root = clause.root();
    if (root == v || root < 0) {
      return false;
    }
    int oldHead = clause.head(v);
    clause.attach(v, -1, "root");
    clause.attach(root, v, "dep");
    boolean rootBefore = root < v;
    for (int t = 0; t < clause.size(); t++) {
      if (t == v || t == root) {
        continue;
      }
      boolean onRootSide = rootBefore ? t < v : t > v;
      if (clause.head(t) == root && !(onRootSide && ownPhrase(clause, t))) {
        clause.attach(t, v, clause.deprel(t));
      } else if (clause.head(t) == oldHead && oldHead != root && !(oldHead < v == t < v)) {
        clause.attach(t, v, clause.deprel(t)); // a phrase the verb's old head held across the verb
      }
    }
    if (oldHead >= 0 && oldHead != root && clause.head(oldHead) != v && !(oldHead < v == root < v)) {
      clause.attach(oldHead, v, "dep"); // the verb's old head stands on the other side of it: a phrase of the clause
    }
    return true;
  }

  /**
   * A dependent of the old root that stays in its phrase: an article, adjective, name part and the
   * like, and an attribute that is a genitive or a prepositional phrase ("der Minister des Landes");
   * a bare noun phrase the parser made an attribute ("den Rückzug") is a phrase of the clause.
   */
  private boolean ownPhrase(Clause clause, int t) {
    if (!PHRASE_INTERNAL.contains(clause.baseRel(t))) {
      return false;
    }
    return !clause.baseRel(t).equals("nmod") || arguments.prepositional(clause, t) || arguments.mayBeGenitive(clause, t);
  }

  /** The tokens of one sentence while they are repaired. */
  static final class Clause {
    final List<Token> tokens;

    Clause(List<Token> tokens) {
      this.tokens = tokens;
    }

    int size() {
      return tokens.size();
    }

    Token token(int i) {
      return tokens.get(i);
    }

    int head(int i) {
      return tokens.get(i).head();
    }

    String deprel(int i) {
      return tokens.get(i).deprel();
    }

    String baseRel(int i) {
      return tokens.get(i).baseRel();
    }

    int root() {
      for (Token t : tokens) {
        if (t.head() < 0) {
          return t.index();
        }
      }
      return -1;
    }

    List<Integer> children(int i) {
      List<Integer> out = new ArrayList<>();
      for (Token t : tokens) {
        if (t.head() == i) {
          out.add(t.index());
        }
      }
      return out;
    }

    void attach(int i, int head, String deprel) {
      Token t = tokens.get(i);
      tokens.set(i, new Token(t.index(), t.text(), t.surface(), t.span(), t.lemma(), t.upos(), t.xpos(), t.ner(), head, deprel));
    }

    void retag(int i, String lemma, String xpos) {
      Token t = tokens.get(i);
      tokens.set(i, new Token(t.index(), t.text(), t.surface(), t.span(), lemma, "VERB", xpos, t.ner(), t.head(), t.deprel()));
    }

    void relemma(int i, String lemma) {
      tokens.set(i, tokens.get(i).withLemma(lemma, tokens.get(i).xpos()));
    }
  }
}
