package org.chronik.pipeline.actors;

import org.chronik.model.Token;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * A nationality word that names one person of a state, not the state acting: a demonym in the singular
 * ("ein Algerier wurde festgenommen", "die 28-jährige Italienerin reiste") and a
 * state's adjective before a word of origin ("ein Mann türkischer Staatsangehörigkeit"). Such a person is a
 * civilian of that state (the groups.tsv row of the function word {@code person-of-state}); with a name after the
 * demonym the word names nobody and the name keeps what else the text says (measured on 10kGNAD: giving such
 * names the state's country made more wrong events than right ones, sports and fighters' travels). Plural
 * demonyms ("die Amerikaner wollen verhindern") still name the state; so does a definite singular re-mention
 * of a person named before ({@link DemonymReMention}), which names nobody.
 */
final class PersonDemonyms {
  private final LinkContext doc;
  private final GroupResolver groups;

  PersonDemonyms(LinkContext doc, GroupResolver groups) {
    this.doc = doc;
    this.groups = groups;
  }

  /**
   * Resolves the demonym or state adjective at {@code j} when it names a person of its state; returns the
   * last match used, or -1 when the word names the state.
   */
  int resolve(int j) {
    Match m = doc.match(j);
    Target t = m.target();
    ActorLanguage.Group person = doc.language.groups.get(doc.language.personOfState);
    if (person == null || !doc.isState(t.key())) {
      return -1;
    }
    if (t.kind() == Kind.ADJECTIVE) {
      boolean origin = doc.language.personNouns.origin(doc.word(m.to()));
      if (!origin && !privatePerson(j)) {
        return -1;
      }
      doc.add(doc.first(m).begin(), doc.pieces.get(m.to()).end(), groups.ref(person, t.key()), "GROUP",
          origin ? "person-nouns.tsv:origin" : "person-nouns.tsv:ending", doc.sentence(m),
          (origin ? "origin: " : "person: ") + doc.text(doc.first(m).begin(), doc.last(m).end()));
      return j;
    }
    if (t.kind() != Kind.DEMONYM || m.to() - m.from() != 1 || doc.last(m).inCompound()) {
      return -1;
    }
    String source = "demonym: " + doc.text(doc.first(m).begin(), doc.last(m).end());
    Match next = doc.next(j);
    Kind after = next == null ? null : next.target().kind();
    if (after == Kind.PERSON || after == Kind.FUZZY_PERSON || after == Kind.SHORT_NAME || after == Kind.UNKNOWN_PERSON) {
      return j; // "der Franzose Emmanuel Macron", "den Franzosen Jean D.": the person the name names; the word names no state
    }
    if (!singular(doc.last(m))) {
      return -1;
    }
    doc.add(doc.first(m).begin(), doc.last(m).end(), groups.ref(person, t.key()), "GROUP", "function-words.tsv:person-of-state",
        doc.sentence(m), source);
    return j;
  }

  /**
   * A state's adjective right before a woman's trade or status noun that no dictionary form matches ("eine deutsche
   * Hundezüchterin"), with no name after that noun: a private person of the state (person-nouns.tsv endings).
   */
  private boolean privatePerson(int j) {
    int noun = doc.match(j).to();
    Match next = doc.next(j);
    if (noun >= doc.pieces.size() || !doc.pieces.get(noun).capitalized() || next != null && next.from() <= noun + 1) {
      return false; // a title, group or name at the noun or right after it keeps its own reading
    }
    return doc.pieces.get(noun).sentence() == doc.pieces.get(doc.match(j).from()).sentence()
        && doc.language.personNouns.privatePerson(doc.word(noun));
  }

  /**
   * Whether the demonym is one person: a feminine singular form ("Schwedin"; the plural ends in -innen), an
   * indefinite article ("ein Belgier", "einen Palästinenser"), or a definite article that is singular with its
   * noun as {@link DemonymReMention#singular} reads it, the noun being a subject or object ("der Brite gewann");
   * "den" before a plural ending ("warf den Briten vor") is read as the plural, the people of the state.
   */
  private boolean singular(Piece word) {
    Token token = word.token();
    if (token == null) {
      return false;
    }
    String text = word.text();
    if (text.endsWith(doc.language.feminineSingularEnding) && !text.endsWith(doc.language.femininePluralEnding)) {
      return true;
    }
    Token article = DemonymReMention.article(doc.pieces, word);
    if (article != null && doc.language.indefiniteArticles.contains(article.text().toLowerCase(java.util.Locale.ROOT))) {
      return true; // "Ein Russe": the tagger leaves a capitalised article untagged
    }
    if (article != null && article.xpos() == null) { // "Der Brite gewann": a capitalised article the tagger leaves untagged
      return DemonymReMention.argument(token) && DemonymReMention.untaggedSingular(doc.language, article, word);
    }
    if (article == null || !article.xpos().startsWith(doc.language.articleTag)) { // "alle Iraker": no article
      return false;
    }
    if (DemonymReMention.has(article, doc.language.indefiniteFeature)) {
      return true;
    }
    boolean pluralForm = doc.language.pluralArticles.contains(article.text().toLowerCase(java.util.Locale.ROOT))
        && doc.language.pluralEndings.stream().anyMatch(text::endsWith); // "den Briten": as often the dative plural
    return DemonymReMention.has(article, doc.language.definiteFeature) && DemonymReMention.argument(token) && !pluralForm
        && DemonymReMention.singular(doc.language, article, word);
  }
}
