package org.chronik.pipeline.actors;

import java.util.Locale;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Token;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/**
 * A title of no single office (titles.tsv role OTHER or no sector: "Minister", "Botschafter", "Sprecher") standing alone
 * as a subject or object in the singular after a definite article ("Die Ministerin kritisierte …"): the
 * article says the reader knows the person already, so it re-mentions the one person the article has named
 * before with a title ending in that word and of the same gender ending ("die deutsche Außenministerin
 * Annalena Baerbock … Die Ministerin"). With two such persons ("Innenminister X … Außenminister Y … der
 * Minister"), a name or a genitive after it ("der Minister Z", "der Sprecher der Polizei"), an indefinite or
 * plural article, or none named before: no re-mention, the title resolves as before.
 */
final class TitleReMention {
  private static final String TITLE_MENTION = "TITLE";

  private TitleReMention() {}

  /** The one person the title at match {@code j} re-mentions, or null. */
  static ActorRef earlier(LinkContext doc, int j) {
    Match m = doc.match(j);
    Piece word = doc.last(m);
    boolean office = !TitleResolver.OTHER.equals(m.target().key()) && m.target().sector() != null;
    if (office || m.to() - m.from() != 1 || word.inCompound() || word.token() == null || word.token().deprel() == null
        || NameAfter.end(doc, m) > m.to() || !DemonymReMention.argument(word.token())
        || doc.language.genitiveArticles.contains(doc.word(m.to())) || !definiteSingular(doc, word)) {
      return null;
    }
    Match next = doc.next(j);
    if (next != null && next.from() == m.to() && doc.first(next).token() != null && doc.first(next).token().head() == word.token().index()) {
      return null; // "der Botschafter Frankreichs": the word describes what follows it
    }
    String stem = stem(doc.language, word.text());
    boolean feminine = feminine(doc.language, word.text());
    ActorRef one = null;
    for (Mention e : doc.out.all()) {
      ActorRef a = e.actor();
      if (e.span().end() > word.begin() || !TITLE_MENTION.equals(e.kind()) || a.type() != ActorType.PERSON || a.country() == null) {
        continue;
      }
      String[] words = e.text().split("[\\s-]+");
      String last = words[words.length - 1];
      if (stem(doc.language, last).endsWith(stem) && feminine(doc.language, last) == feminine) {
        if (one != null && !one.id().equals(a.id())) {
          return null; // two persons of that title: either could be meant
        }
        one = a;
      }
    }
    return one;
  }

  /**
   * The determiner makes the word definite, and it is singular: the subject of a singular verb (or of a
   * verb with a singular auxiliary), else by DemonymReMention's reading of the article, tagged or not.
   */
  private static boolean definiteSingular(LinkContext doc, Piece word) {
    Token article = DemonymReMention.article(doc.pieces, word);
    boolean untagged = article != null && article.xpos() == null;
    if (article == null || !untagged && !DemonymReMention.has(article, doc.language.definiteFeature)
        || untagged && !doc.language.untaggedDefinite.contains(article.text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (singularVerb(doc, word)) {
      return true;
    }
    return untagged ? DemonymReMention.untaggedSingular(doc.language, article, word) : DemonymReMention.singular(doc.language, article, word);
  }

  /** The word is the subject of a verb whose own tag or whose auxiliary's tag is singular ("Der Minister kritisierte", "hat kritisiert"). */
  private static boolean singularVerb(LinkContext doc, Piece word) {
    Token t = word.token();
    if (t.deprel() == null || !t.deprel().startsWith("nsubj") || t.head() < 0) {
      return false;
    }
    for (Piece p : doc.pieces) {
      Token v = p.token();
      boolean verb = v != null && p.sentence() == word.sentence() && (v.index() == t.head() || v.head() == t.head() && "aux".equals(v.deprel()));
      if (verb && DemonymReMention.has(v, doc.language.singularFeature)) {
        return true;
      }
    }
    return false;
  }

  /** A title word with the feminine singular ending ("Ministerin", "Außenministerin"). */
  private static boolean feminine(ActorLanguage language, String word) {
    return word.endsWith(language.feminineSingularEnding) && !word.endsWith(language.femininePluralEnding);
  }

  /** The word in lower case without its feminine ending ("Außenministerin": "außenminister"). */
  private static String stem(ActorLanguage language, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return feminine(language, word) ? w.substring(0, w.length() - language.feminineSingularEnding.length()) : w;
  }
}
