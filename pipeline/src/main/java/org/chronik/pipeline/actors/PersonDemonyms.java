package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.Token;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;
import org.chronik.pipeline.actors.UnknownNames.Attributes;

/**
 * A nationality word that names one person of a state, not the state acting: a demonym in the singular
 * ("ein Algerier wurde festgenommen", "die 28-jährige Italienerin reiste", "den Franzosen Reda K.") and a
 * state's adjective before a word of origin ("ein Mann türkischer Staatsangehörigkeit"). Such a person is a
 * civilian of that state (the groups.tsv row of the function word {@code person-of-state}), or, with an unknown
 * name after the demonym, that person with the state's country; a known name keeps its own actor. Plural
 * demonyms ("die Amerikaner wollen verhindern") still name the state; so does a definite singular re-mention
 * of a person named before ({@link DemonymReMention}), which names nobody.
 */
final class PersonDemonyms {
  private final LinkContext doc;
  private final GroupResolver groups;
  private final UnknownNames unknown;

  PersonDemonyms(LinkContext doc, GroupResolver groups, UnknownNames unknown) {
    this.doc = doc;
    this.groups = groups;
    this.unknown = unknown;
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
      if (!doc.language.originNouns.contains(doc.word(m.to()))) {
        return -1;
      }
      doc.add(doc.first(m).begin(), doc.pieces.get(m.to()).end(), groups.ref(person, t.key()), "GROUP",
          "function-words.tsv:origin-noun", doc.sentence(m), "origin: " + doc.text(doc.first(m).begin(), doc.last(m).end()));
      return j;
    }
    if (t.kind() != Kind.DEMONYM || m.to() - m.from() != 1 || doc.last(m).inCompound()) {
      return -1;
    }
    String source = "demonym: " + doc.text(doc.first(m).begin(), doc.last(m).end());
    Match next = doc.next(j);
    Kind after = next == null ? null : next.target().kind();
    if (after == Kind.PERSON || after == Kind.FUZZY_PERSON || after == Kind.SHORT_NAME) {
      return j; // "der Franzose Emmanuel Macron": the person's own mention, no state
    }
    int end = NameAfter.end(doc, m);
    if (end > m.to()) { // "den Franzosen Reda K.": that person, of that state
      unknown.add(new Match(m.to(), end, List.of(Target.of(Kind.UNKNOWN_PERSON, null))), new Attributes(t.key(), null, null, source));
      int last = j;
      while (doc.hasMatch(last + 1) && doc.match(last + 1).from() < end) {
        last++; // the tagger's own run over the same name is used up
      }
      return last;
    }
    if (!singular(doc.last(m))) {
      return -1;
    }
    doc.add(doc.first(m).begin(), doc.last(m).end(), groups.ref(person, t.key()), "GROUP", "function-words.tsv:person-of-state",
        doc.sentence(m), source);
    return j;
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
    if (article == null || article.xpos() == null || !article.xpos().startsWith(doc.language.articleTag)) { // "alle Iraker": no article
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
