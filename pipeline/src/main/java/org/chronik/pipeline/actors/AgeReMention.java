package org.chronik.pipeline.actors;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Token;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/**
 * "Der 63-Jährige" as the subject or an object of its verb, with a definite article and no name after it
 * (age-nouns.tsv): the article says the reader knows the person, so the noun re-mentions the one person of
 * the article's gender named before it in this or the previous sentence, as "er" does. Two such persons,
 * none, a name after it ("der 86-Jährige Habermas" is matched by the name), or an age given for that person
 * which is another ("der 58-jährige Minister X", "X (58)"), or the same age given just before to someone not
 * named ("ein 30-jähriger Mann"): no mention.
 */
final class AgeReMention {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
  private static final Pattern AGE_AFTER = Pattern.compile("^\\s*\\((\\d{1,3})\\)");
  private static final String AGE_ADJECTIVE = "jährig";

  private AgeReMention() {}

  static void resolve(LinkContext doc, Match m, FeminineAntecedents feminine) {
    Piece word = doc.last(m);
    Token t = word.token();
    if (m.to() - m.from() != 1 || m.from() == 0 || !word.hyphenBefore() || t == null || t.deprel() == null
        || !DemonymReMention.argument(t) || NameAfter.end(doc, m) > m.to()) {
      return;
    }
    Piece number = doc.pieces.get(m.from() - 1);
    Token article = DemonymReMention.article(doc.pieces, word);
    String gender = article == null ? null : doc.language.ageNouns.gender(article.text(), word.text());
    if (!NUMBER.matcher(number.text()).matches() || number.sentence() != word.sentence() || gender == null) {
      return;
    }
    boolean woman = gender.equals("f");
    List<ActorRef> persons = doc.out.actorsIn(word.sentence() - 1, word.sentence(), number.begin(),
        e -> e.actor().type() == ActorType.PERSON && feminine.woman(e.actor().id(), number.begin()) == woman);
    if (persons.size() == 1 && !otherAge(doc, persons.get(0).id(), number.text(), number.begin())
        && !ageOfAnother(doc, persons.get(0).id(), number)) {
      doc.add(m, persons.get(0), "PRONOUN", "age-nouns.tsv");
    }
  }

  /** An age other than {@code age} given for the person before {@code before}: "der 58-jährige X", "X (58)". */
  private static boolean otherAge(LinkContext doc, String id, String age, int before) {
    for (Mention e : doc.out.all()) {
      if (!e.actor().id().equals(id) || e.span().begin() >= before) {
        continue;
      }
      Matcher after = AGE_AFTER.matcher(doc.body.substring(e.span().end(), Math.min(doc.body.length(), e.span().end() + 8)));
      if (after.find() && !after.group(1).equals(age)) {
        return true;
      }
      String stated = adjectiveAge(doc, e.span().begin());
      if (stated != null && !stated.equals(age)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same age was given earlier in this or the previous sentence to someone not named ("ein 30-jähriger Mann",
   * "ein 30-Jähriger"): the noun re-mentions that one, not the named person.
   */
  private static boolean ageOfAnother(LinkContext doc, String id, Piece number) {
    for (int i = 1; i < doc.pieces.size() && doc.pieces.get(i).begin() < number.begin(); i++) {
      Piece p = doc.pieces.get(i);
      Piece before = doc.pieces.get(i - 1);
      if (p.sentence() >= number.sentence() - 1 && p.hyphenBefore() && before.text().equals(number.text())
          && p.text().toLowerCase(java.util.Locale.ROOT).startsWith(AGE_ADJECTIVE) && !agedMention(doc, id, p.end())) {
        return true;
      }
    }
    return false;
  }

  /** A mention of the person begins within the two pieces after an age adjective ending at {@code end}. */
  private static boolean agedMention(LinkContext doc, String id, int end) {
    return doc.out.all().stream().anyMatch(e -> e.actor().id().equals(id) && e.span().begin() >= end
        && adjectiveAge(doc, e.span().begin()) != null && doc.body.substring(end, e.span().begin()).strip().split("\\s+").length <= 2);
  }

  /** The number of "58-jährige" in one of the two pieces right before {@code begin} ("58-jährige Minister X"), or null. */
  private static String adjectiveAge(LinkContext doc, int begin) {
    int first = 0;
    while (first < doc.pieces.size() && doc.pieces.get(first).begin() < begin) {
      first++;
    }
    for (int i = Math.max(1, first - 2); i < first; i++) {
      Piece p = doc.pieces.get(i);
      if (p.hyphenBefore() && p.text().toLowerCase(java.util.Locale.ROOT).startsWith(AGE_ADJECTIVE) && NUMBER.matcher(doc.pieces.get(i - 1).text()).matches()) {
        return doc.pieces.get(i - 1).text();
      }
    }
    return null;
  }
}
