package org.chronik.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronik.model.Span;
import org.chronik.model.Token;

/** Finds the cues of {@code cues.tsv} in one parsed sentence and reads their speakers off the tree. */
public final class CueFinder {
  private final AttributionLexicon lexicon;
  private final NounCues nouns;
  private final PhraseCues phrases;

  public CueFinder(AttributionLexicon lexicon) {
    this.lexicon = lexicon;
    this.nouns = new NounCues(lexicon);
    this.phrases = new PhraseCues(lexicon);
  }

  public AttributionLexicon lexicon() {
    return lexicon;
  }

  /** The cues of one sentence, in token order; speakers and sources inside quotation marks are left out. */
  public List<AttributionCue> find(DependencyTree tree, int sentence, String body) {
    List<AttributionCue> cues = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      Token t = tree.token(i);
      String lemma = lemma(t);
      CueEntry verb = isVerb(t) ? verbEntry(tree, i, lemma) : participleEntry(t);
      if (verb != null && conditionHolds(verb, tree, i)) {
        cues.add(verbCue(verb, tree, sentence, i, body));
      }
      AttributionCue source = nouns.sourceCue(tree, sentence, i, body);
      CueEntry noun = lexicon.noun(lemma);
      // "nach Aussagen eines Gutachters": a statement noun with its adposition attributes as a phrase, not as a speech noun
      if (noun != null && "NOUN".equals(t.upos()) && source == null) {
        int attribute = firstChild(tree, i, "nmod");
        // "mit den Worten „…“ richtete er": without an attribute, the subject of the clause the noun stands in speaks
        int speaker = attribute >= 0 ? (tree.quoted(attribute) ? -1 : attribute) : nouns.clauseSubject(tree, i);
        cues.add(new AttributionCue(noun, sentence, i, t.span(), t.text(), speaker, -1, false));
      }
      if (source != null) {
        cues.add(source);
      }
      AttributionCue predicate = nouns.predicateCue(tree, sentence, i);
      if (predicate != null) {
        cues.add(predicate);
      }
      AttributionCue qualifier = nouns.qualifierCue(tree, sentence, i);
      if (qualifier != null) {
        cues.add(qualifier);
      }
      CueEntry anaphor = lexicon.anaphor(lemma);
      if (anaphor != null) {
        cues.add(new AttributionCue(anaphor, sentence, i, t.span(), t.text(), -1, -1, false));
      }
      phrases.addAt(tree, sentence, i, body, cues);
    }
    return cues;
  }

  /** "Er habe gedrängt": a participle the tagger took for an adjective. */
  private CueEntry participleEntry(Token t) {
    if (!"ADJ".equals(t.upos()) || t.xpos() == null || !t.xpos().startsWith("PA2")) {
      return null;
    }
    for (String lemma : lexicon.morphology().verbLemmas(t.text())) {
      if (lexicon.verb(lemma) != null) {
        return lexicon.verb(lemma);
      }
    }
    return null;
  }

  /** The speech verb entry, also when the lemmatizer joined a wrongly attached particle ("mit" + begründen). */
  private CueEntry verbEntry(DependencyTree tree, int i, String lemma) {
    CueEntry entry = lexicon.verb(lemma);
    if (entry != null) {
      return entry;
    }
    for (int c : tree.children(i)) {
      String particle = tree.token(c).text().toLowerCase(Locale.GERMAN);
      String rel = tree.token(c).deprel();
      if ("compound:prt".equals(rel) && lemma.startsWith(particle)) {
        return lexicon.verb(lemma.substring(particle.length()));
      }
      // "gab … bekannt": a verb part the parser did not call a particle
      if (c > i && !tree.quoted(c) && lexicon.verb(particle + lemma) != null && ("mark".equals(rel) || "advmod".equals(rel) || "xcomp".equals(rel) || "compound:prt".equals(rel))) {
        return lexicon.verb(particle + lemma);
      }
    }
    return null;
  }

  private AttributionCue verbCue(CueEntry entry, DependencyTree tree, int sentence, int verb, String body) {
    Token t = tree.token(verb);
    int clauseWord = Clauses.clauseWord(tree, verb, lexicon);
    if (clauseWord >= 0) {
      // "wie X mitteilte": the clause attributes; its subject says or reports the words
      CueEntry clause = lexicon.clause(lemma(tree.token(clauseWord)));
      // the verb says who speaks ("wie X mitteilte": its subject; "wie es aus Kreisen X hieß": the oblique)
      String role = entry.role("speaker") != null ? entry.role("speaker") : clause.role("speaker");
      int speaker = SpeakerRoles.role(role, tree, verb, lexicon);
      Span span = new Span(tree.token(clauseWord).begin(), t.end());
      return new AttributionCue(clause, sentence, verb, span, span.of(body), speaker, -1, true);
    }
    int speaker = SpeakerRoles.role(entry.role("speaker"), tree, verb, lexicon);
    int source = SpeakerRoles.role(entry.role("source"), tree, verb, lexicon);
    return new AttributionCue(entry, sentence, verb, t.span(), t.text(), speaker, source, false);
  }

  private static boolean conditionHolds(CueEntry entry, DependencyTree tree, int verb) {
    String condition = entry.role("if");
    if (condition == null) {
      return true;
    }
    String[] parts = condition.split(":", 2);
    if (parts.length != 2 || !parts[0].equals("subj")) {
      throw new IllegalArgumentException("attribution cues: unknown condition \"" + condition + "\" in: " + entry.line());
    }
    for (int c : tree.children(verb)) {
      String rel = tree.token(c).deprel();
      if (rel != null && (rel.startsWith("nsubj") || rel.startsWith("expl")) && tree.token(c).text().equalsIgnoreCase(parts[1])) {
        return true;
      }
    }
    // "hatte es geheißen": the parser makes the auxiliary the main verb and hangs the subject there
    int governor = SpeakerRoles.auxiliaryGovernor(tree, verb);
    return governor >= 0 && conditionHolds(entry, tree, governor);
  }

  private static int firstChild(DependencyTree tree, int i, String relation) {
    return tree.child(i, relation);
  }

  private static boolean isVerb(Token t) {
    return Tokens.isVerb(t);
  }

  private static String lemma(Token t) {
    return Tokens.lemma(t);
  }
}
