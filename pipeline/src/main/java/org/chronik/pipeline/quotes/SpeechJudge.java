package org.chronik.pipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.QuoteType;
import org.chronik.model.Token;
import org.chronik.pipeline.attribution.AttributionLexicon;
import org.chronik.pipeline.attribution.CueKind;
import org.chronik.pipeline.attribution.DependencyTree;
import org.chronik.pipeline.attribution.Tokens;

/**
 * Decides whether words in quotation marks are speech, and of which type; names, titles and scare
 * quotes are not. The rules are listed in the README of the quotes data folder.
 */
final class SpeechJudge {
  /** Relations by which a noun takes the quoted words as its name ("der Film „…“", "eine Partnerschaft „…“"). */
  private static final Set<String> NAMING = Set.of("appos", "flat", "compound", "nmod", "amod", "nk");

  /** A term a naming verb gives has at most this many words ("der Dicke", "Profil 1.1"). */
  private static final int NAME_WORDS = 2;

  /** Words after a colon that count as an utterance even without a finite verb the tagger knows (a quotation in English). */
  private static final int MIN_UTTERANCE_WORDS = 4;

  private final QuoteLexicon lexicon;
  private final AttributionLexicon attribution;

  SpeechJudge(QuoteLexicon lexicon, AttributionLexicon attribution) {
    this.lexicon = lexicon;
    this.attribution = attribution;
  }

  /** DIRECT, PARTIAL, or null when the marked words are not speech. */
  QuoteType judge(MarkedSpan m, DocumentView doc, int first, int last, List<Cue> frameCues, Set<MarkedSpan> rejected) {
    int words = 0;
    boolean finite = false;
    boolean nominal = false;
    boolean nameLike = true;
    boolean named = false;
    for (int s = first; s <= last; s++) {
      for (Token t : doc.sentence(s).tokens()) {
        if (m.inner().contains(t.span()) && !DependencyTree.isPunct(t)) {
          words++;
          finite |= Tokens.isVerb(t) && doc.isFinite(s, t);
          nominal |= isNominal(t);
          boolean entity = "PROPN".equals(t.upos()) || t.ner() != null && !"O".equals(t.ner());
          named |= entity;
          nameLike &= entity || Character.isDigit(t.text().charAt(0)) || "ADP".equals(t.upos()) || "DET".equals(t.upos()) || "CCONJ".equals(t.upos());
        }
      }
    }
    boolean clause = words >= 2 && finite;
    DependencyTree tree = doc.trees.get(first);
    List<Token> before = new ArrayList<>();
    for (Token t : tree.sentence().tokens()) {
      if (t.end() <= m.outer().begin()) {
        before.add(t);
      }
    }
    Token previous = before.isEmpty() ? null : before.get(before.size() - 1);
    boolean adjacent = previous != null && previous.end() >= m.outer().begin() - 1 && !DependencyTree.isPunct(previous);
    boolean nounBefore = adjacent && isNominal(previous);
    boolean atStart = before.stream().allMatch(t -> DependencyTree.isPunct(t) && !t.text().equals(","));

    // after a name noun, a title ("der Film „Die Flucht“", "das Motto „Wir sind da“"), not a predicate ("das Schiff „seetüchtig“")
    boolean title = nounBefore && lexicon.isNameNoun(Tokens.lemma(previous)) && (nominal || clause)
        || MarkContext.afterColonOf(before, lexicon); // "(Motto: „…“)"
    if (MarkContext.scareBefore(before, lexicon) || MarkContext.compoundPart(doc.body, m) || title) {
      return null;
    }
    boolean speechNoun = nounBefore && attribution.noun(Tokens.lemma(previous)) != null;
    // an attribution phrase with a speaker ("Nach Angaben X war der Täter „seit Wochen“ im Land") makes the fragment speech, not a label
    boolean attributed = frameCues.stream().anyMatch(c -> c.attribution() && c.speaker() != null);
    if (!clause && nounBefore && !speechNoun && !attributed && names(tree, previous.index(), m)) {
      return null; // "eine Partnerschaft „ohne Grenzen“": a label for the noun before it
    }
    if (!clause && impersonalNaming(frameCues, doc, words <= NAME_WORDS && nominal)) {
      return null; // "als „Sonnenwind“ bezeichnet wird", "genannt „Profil 1.1“", "die sich selbst „…“ nennt": a name nobody says
    }
    if (!clause && namesSpeaker(m, frameCues, tree)) {
      return null; // "„Morgenpost“ berichtete": the quoted words name the speaker
    }
    if (!clause && named && nameLike) {
      return null; // "sagte der „Abendzeitung“": a name in marks, all capitalized and tagged as an entity
    }
    if (coordinatedWithRejected(before, rejected)) {
      return null; // "die Anlagen „Nord“ und „Süd“": coordinated with a name
    }
    boolean cued = !frameCues.isEmpty();
    boolean reported = false;
    for (int s = first; s <= last && !reported; s++) {
      reported = doc.reportedMood(s);
    }
    boolean afterColon = previous != null && previous.text().equals(":");
    boolean utterance = clause || words >= MIN_UTTERANCE_WORDS && afterColon;
    if (!cued && !reported && !(utterance && (atStart || afterColon))) {
      return null;
    }
    boolean introduced = previous != null && (previous.text().equals(":") || previous.text().equals(",") || speechNoun);
    // after a comma a whole utterance starts with a capital ("sagte er, „Wir kommen“"); a fragment does not
    boolean capital = Character.isUpperCase(doc.body.charAt(m.inner().begin()));
    return atStart || clause && introduced && capital || afterColon ? QuoteType.DIRECT : QuoteType.PARTIAL;
  }

  /**
   * True when the quoted words hang off the noun before them, or the noun off them, as a name or
   * attribute does; a quotation that is the noun's predicate ("der Brand „gelöscht“") does not.
   */
  private boolean names(DependencyTree tree, int noun, MarkedSpan m) {
    List<Token> words = tree.sentence().tokens().stream().filter(t -> m.inner().contains(t.span()) && !DependencyTree.isPunct(t)).toList();
    if (words.isEmpty() || words.stream().noneMatch(SpeechJudge::isNominal)) {
      return false; // "die Lage „sehr ernst“": a predicate, names are nominal
    }
    if (lexicon.hasTag(TagClass.INDEFINITE, words.get(0).xpos())) {
      return false; // "nannte den Bau „ein Geschenk“": a noun phrase of its own, not a name
    }
    Token first = words.get(0);
    if ("ADV".equals(first.upos()) || lexicon.hasTag(TagClass.PREDICATIVE, first.xpos())) {
      return false; // "war das Feuer „schnell unter Kontrolle“": an adverb or predicative adjective starts a predicate
    }
    boolean any = false;
    for (int k = 0; k < tree.size(); k++) {
      Token t = tree.token(k);
      if (!m.outer().contains(t.span()) || "PUNCT".equals(t.upos()) || t.head() >= 0 && m.outer().contains(tree.token(t.head()).span())) {
        continue; // only the tops of the quoted words: their heads lie outside the marks
      }
      any = true;
      boolean underNoun = t.head() == noun || t.head() >= 0 && tree.dominates(noun, t.head()) && near(tree, noun, t.head());
      if (!underNoun) {
        Token n = tree.token(noun);
        boolean nounUnderQuote = n.head() == k && n.deprel() != null && NAMING.contains(n.deprel().split(":")[0]);
        if (!nounUnderQuote) {
          return false;
        }
      }
    }
    return any;
  }

  private static boolean near(DependencyTree tree, int noun, int head) {
    return Math.abs(head - noun) <= 1;
  }

  private static boolean coordinatedWithRejected(List<Token> before, Set<MarkedSpan> rejected) {
    int n = before.size();
    if (n < 2 || !("CCONJ".equals(before.get(n - 1).upos()) || before.get(n - 1).text().equals(","))) {
      return false;
    }
    int end = before.get(n - 2).end();
    return rejected.stream().anyMatch(r -> r.outer().end() == end);
  }

  /**
   * Every cue is a naming verb that names itself (reflexive), or that names no speaker (passive, bare
   * participle) when the quoted words are a short noun phrase, a term rather than a judgement
   * ("als „Sonnenwind“ bezeichnet", but "als „Geschäft des Jahrhunderts“ bezeichnet worden").
   */
  private static boolean impersonalNaming(List<Cue> cues, DocumentView doc, boolean term) {
    if (cues.isEmpty()) {
      return false;
    }
    for (Cue cue : cues) {
      if (cue.kind() != CueKind.VERB || !cue.entry().names()) {
        return false;
      }
      DependencyTree tree = doc.trees.get(cue.sentence());
      boolean self = doc.reflexive(tree, cue.anchor());
      if (!self && (cue.speaker() != null || !term)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The quoted words lie in the phrase that names who speaks or reports ("„Morgenpost“ berichtete",
   * "laut „Welt“", "ein Sprecher der „Polizei von Hamm“ sagte"): a name, not speech.
   */
  private static boolean namesSpeaker(MarkedSpan m, List<Cue> cues, DependencyTree tree) {
    for (int k = 0; k < tree.size(); k++) {
      Token t = tree.token(k);
      if (!m.inner().contains(t.span()) || t.head() < 0 || m.outer().contains(tree.token(t.head()).span())) {
        continue; // only the quoted words' top, whose head lies outside the marks
      }
      for (Cue cue : cues) {
        boolean subjectOfCue = cue.sentence() == tree.sentence().index() && t.head() == cue.anchor() && "nsubj".equals(t.deprel());
        boolean inSpeakerPhrase = cue.kind() == CueKind.VERB && cue.speaker() != null && cue.speaker().span() != null && cue.speaker().span().contains(tree.token(t.head()).span());
        boolean objectOfPhrase = cue.attribution() && cue.span().contains(tree.token(Math.max(0, tree.child(k, "case"))).span()) && tree.child(k, "case") >= 0
            || cue.kind() == CueKind.CLAUSE && cue.span().contains(m.outer()); // "wie „heise online“ berichtet"
        if (subjectOfCue || inSpeakerPhrase || objectOfPhrase) {
          return true;
        }
      }
    }
    for (Cue cue : cues) {
      for (Party p : new Party[] {cue.speaker(), cue.source()}) {
        if (p != null && p.span() != null && p.span().overlaps(m.inner())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNominal(Token t) {
    return "NOUN".equals(t.upos()) || "PROPN".equals(t.upos());
  }
}
