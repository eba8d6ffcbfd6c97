package org.chronik.pipeline.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.Token;
import org.chronik.pipeline.lemma.GermanLexicon;

/**
 * A perfect or passive auxiliary the parser made the head of its clause, with the participle hung
 * below it as an open complement ("Er hatte/root an der Sitzung teilgenommen/xcomp", "Die Regierung
 * hat/root den Botschafter ausgewiesen/xcomp"): every phrase of the clause then hangs on the
 * auxiliary, so the participle's patterns find neither their object nor their prepositional phrases.
 * The tagger often gives such a participle a finite tag ("betont" as "VER:2:PLU", "beschlossen" as
 * "VER:1:PLU"): a complement counts as a participle when its tag or one of the full-form lexicon's
 * readings of its word is one, and it then takes that reading's tag. The participle becomes the head: it takes the auxiliary's place and the auxiliary's dependents, and
 * the auxiliary hangs on it as {@code aux} (a perfect's "haben") or {@code aux:pass} (a passive's
 * "werden"), as the parser writes a clause it reads right. The words are data: the {@code
 * PERFECT_AUX} and {@code PASSIVE_AUX} lemmas, the {@code PAST_PARTICIPLE} tag prefix and the
 * {@code INFINITIVE_MARK} ("zu tun" is no participle) of {@code lang/<iso>/parse/verbs.tsv}. Immutable
 * and thread-safe.
 */
final class AuxiliaryHeads {
  private static final String COMPLEMENT = "xcomp";

  /** Lemma of an auxiliary → the relation it takes below its participle. */
  private final Map<String, String> auxiliaries;
  private final List<String> participleTags;
  private final List<String> infinitiveMarks;
  private final GermanLexicon lexicon;

  private AuxiliaryHeads(Map<String, List<String>> words, GermanLexicon lexicon) {
    Map<String, String> aux = new HashMap<>();
    words.getOrDefault("PERFECT_AUX", List.of()).forEach(w -> aux.put(w, "aux"));
    words.getOrDefault("PASSIVE_AUX", List.of()).forEach(w -> aux.put(w, "aux:pass"));
    this.auxiliaries = Map.copyOf(aux);
    this.participleTags = List.copyOf(words.getOrDefault("PAST_PARTICIPLE", List.of()));
    this.infinitiveMarks = List.copyOf(words.getOrDefault("INFINITIVE_MARK", List.of()));
    this.lexicon = lexicon;
  }

  /** From the words of {@code path} as {@link MistaggedVerbs} read them (kind → values), read once per language. */
  static AuxiliaryHeads of(String path, Map<String, List<String>> words, GermanLexicon lexicon) {
    if (!words.containsKey("PAST_PARTICIPLE") || !words.containsKey("PERFECT_AUX") && !words.containsKey("PASSIVE_AUX")) {
      throw new IllegalStateException(path + " needs PERFECT_AUX or PASSIVE_AUX rows and a PAST_PARTICIPLE row");
    }
    return new AuxiliaryHeads(words, lexicon);
  }

  /** Makes each participle hung as a complement on its auxiliary the head of the auxiliary's clause. */
  void repair(VerbRepair.Clause clause) {
    for (int p = 0; p < clause.size(); p++) {
      int aux = clause.head(p);
      String participleTag = aux < 0 || !COMPLEMENT.equals(clause.deprel(p)) ? null : participleTag(clause, p);
      if (participleTag == null) {
        continue;
      }
      String relation = auxiliaries.get(clause.token(aux).lemma());
      if (relation == null || !auxiliaryChain(clause, aux)) {
        continue;
      }
      Token v = clause.token(p);
      clause.tokens.set(p, new Token(v.index(), v.text(), v.surface(), v.span(), v.lemma(), v.upos(), participleTag, v.ner(),
          clause.head(aux), clause.deprel(aux)));
      for (int c : clause.children(aux)) {
        clause.attach(c, p, clause.deprel(c));
      }
      clause.attach(aux, p, relation);
      Token t = clause.token(aux);
      clause.tokens.set(aux, new Token(t.index(), t.text(), t.surface(), t.span(), t.lemma(), "AUX", t.xpos(), t.ner(),
          t.head(), t.deprel()));
    }
  }

  /**
   * The participle tag of a verb complement: its own, else the lexicon's participle reading of its word
   * ("betont" tagged "VER:2:PLU"); null for no participle or a "zu" infinitive ("hat … zu tun").
   */
  private String participleTag(VerbRepair.Clause clause, int p) {
    Token t = clause.token(p);
    if (!"VERB".equals(t.upos()) || clause.children(p).stream().anyMatch(c -> infinitiveMarks.contains(clause.token(c).lemma()))) {
      return null;
    }
    if (t.xpos() != null && participle(t.xpos())) {
      return t.xpos();
    }
    return lexicon.readings(t.text()).stream().map(GermanLexicon.Reading::tag).filter(this::participle).findFirst().orElse(null);
  }

  private boolean participle(String tag) {
    return participleTags.stream().anyMatch(tag::startsWith);
  }

  /** The auxiliary has no other verb as complement: one open complement, the participle. */
  private static boolean auxiliaryChain(VerbRepair.Clause clause, int aux) {
    return clause.children(aux).stream().filter(c -> COMPLEMENT.equals(clause.deprel(c))).count() == 1;
  }
}
