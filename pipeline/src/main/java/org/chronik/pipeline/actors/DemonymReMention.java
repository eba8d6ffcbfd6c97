package org.chronik.pipeline.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.model.Token;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/**
 * A demonym in the singular after a definite article, with no name after it, once a person has been
 * named: "Raúl Castro empfing den Argentinier", "Dort traf die Schwedin den Minister". The definite
 * article says the reader knows the person already; the word gives that person's nationality, and the
 * person (the Pope, an EU commissioner) need not act for the state at all. Such a word, the subject
 * or an object of its verb, names no state. "Die Argentinier" (plural: the people), "ein Schwede" (indefinite: someone new) and "der
 * Franzose Pierre Dupont" (a name follows) are not this, nor is a demonym after an unknown person whose country
 * the data does not know ("Maria S. reiste aus. Die Italienerin …": the word gives that person's nationality).
 */
final class DemonymReMention {
  /** Universal Dependencies relations of a verb's subject and objects (a dative object is "obl:arg"). */
  private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:arg");
  /** Subjects: an article that is only singular in the nominative ("Der") tells one person whatever the noun's tag. */
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
  /** The relations of a dative object, where an article like "den" is plural. */
  private static final Set<String> DATIVE = Set.of("iobj", "obl:arg");

  private DemonymReMention() {}

  /** True when the demonym at match {@code j} re-mentions a person named before. */
  static boolean test(LinkContext doc, int j) {
    Match m = doc.match(j);
    Piece word = doc.last(m);
    if (m.to() - m.from() != 1 || word.inCompound() || word.token() == null || NameAfter.end(doc, m) > m.to() || !argument(word.token())) {
      return false;
    }
    Match next = doc.next(j);
    boolean named = next != null && next.from() == m.to() && (next.target().kind() == Target.Kind.PERSON
        || next.target().kind() == Target.Kind.FUZZY_PERSON || next.target().kind() == Target.Kind.SHORT_NAME);
    // the person named last must be one the data places: an unknown one ("Maria S. reiste nach Syrien. Die
    // Italienerin …") may be the one meant, and the word then gives that person's country, as for someone new
    org.chronik.model.ActorRef person = doc.out.last(ref -> ref.type() == ActorType.PERSON);
    if (named || person == null || person.country() == null) {
      return false;
    }
    Token article = article(doc.pieces, word);
    if (article != null && article.xpos() == null) {
      return untaggedSingular(doc.language, article, word);
    }
    return article != null && has(article, doc.language.definiteFeature) && singular(doc.language, article, word);
  }

  /**
   * A capitalised definite article the tagger left untagged ("Die Schwedin traf sich …" at the start of a
   * sentence) before a singular demonym: a feminine singular form ("Die Schwedin", not "Die Schwedinnen"), or
   * any singular after an article that is only singular before a demonym ("Der Brite"; "Die Briten" are the people).
   * On a subject that article is the nominative singular even when the tagger reads the noun as a plural
   * ("Der Indonesier wurde verurteilt": the -er form is both).
   */
  static boolean untaggedSingular(ActorLanguage language, Token article, Piece word) {
    String form = article.text().toLowerCase(Locale.ROOT);
    if (!language.untaggedDefinite.contains(form)) {
      return false;
    }
    String text = word.text();
    boolean feminine = text.endsWith(language.feminineSingularEnding) && !text.endsWith(language.femininePluralEnding);
    return feminine || language.untaggedSingular.contains(form)
        && (has(word.token(), language.singularFeature) || SUBJECTS.contains(word.token().deprel()));
  }

  /**
   * Whether article and noun are singular together. The tagger errs on the number of one or the other ("den
   * Argentinier" as a plural noun, "die Schwedin" as a plural article), so either one's singular counts, unless
   * the article is a form that is plural too ("den": accusative singular, dative plural), the noun is a dative
   * object and has a plural ending ("warf den Briten vor", "sicherte den Israelis zu"): then the noun's plural
   * counts. "dem Briten", "den Argentinier" and an accusative object ("kostete den Slowenen den Sieg") stay singular.
   */
  static boolean singular(ActorLanguage language, Token article, Piece word) {
    boolean articleSingular = has(article, language.singularFeature);
    boolean nounSingular = has(word.token(), language.singularFeature);
    boolean pluralArticle = language.pluralArticles.contains(article.text().toLowerCase(Locale.ROOT));
    boolean dative = DATIVE.contains(word.token().deprel());
    if (articleSingular && !nounSingular && pluralArticle && dative && language.pluralEndings.stream().anyMatch(word.text()::endsWith)) {
      return false;
    }
    return articleSingular || nounSingular;
  }

  /**
   * Whether the word is a subject or object of its verb. Only there does the article tell the number: a genitive
   * attribute's article is often tagged singular when plural ("die Luftangriffe der Russen").
   */
  static boolean argument(Token t) {
    return ARGUMENTS.contains(t.deprel());
  }

  /** The determiner the parser hangs on the word, or null. */
  static Token article(List<Piece> pieces, Piece word) {
    for (Piece p : pieces) {
      Token t = p.token();
      if (p.sentence() == word.sentence() && t != null && t.head() == word.token().index() && "det".equals(t.deprel())) {
        return t;
      }
    }
    return null;
  }

  static boolean has(Token t, String feature) {
    return t != null && t.xpos() != null && feature != null && List.of(t.xpos().split(":")).contains(feature);
  }
}
