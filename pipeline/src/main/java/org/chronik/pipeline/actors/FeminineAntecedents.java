package org.chronik.pipeline.actors;

import org.chronik.model.ActorType;
import org.chronik.model.Mention;

/**
 * Which mentions can stand behind a singular "sie" (rules in lang/de/actors/README.md, item 8): a
 * country or organisation whose head word is feminine singular (feminine.tsv: a listed word, or a
 * listed ending such as "-ung" or "-schaft"; the head is the last word before a genitive article,
 * "Gewerkschaft der Polizei"), and a person the text has shown to be a woman: one of the person's
 * mentions before the pronoun comes right after a noun with the feminine singular ending
 * ("Bundeskanzlerin Merkel", "EU-Außenkommissarin Benita Ferrero-Waldner") or holds a given name the tagger's
 * lexicon tags feminine ("Ursula von der Leyen"; tag-features.tsv). A mention that is only the
 * first part of a compound ("EU-Außenkommissarin") stands behind no pronoun.
 */
final class FeminineAntecedents {
  private static final String ENDING = "-";
  private final LinkContext doc;

  FeminineAntecedents(LinkContext doc) {
    this.doc = doc;
  }

  /** The mention can be what a singular "sie" before {@code before} refers back to. */
  boolean fits(Mention mention, int before) {
    ActorType type = mention.actor().type();
    if (type == ActorType.LOCATION || mention.kind().equals("PRONOUN") || mention.kind().equals("PLURAL") || compoundPart(mention)) {
      return false;
    }
    return type == ActorType.PERSON ? woman(mention.actor().id(), before) : feminineHead(mention.text());
  }

  /**
   * Another actor heads a subject in sentences {@code from}..{@code to} before {@code before}: the pronoun, a
   * subject, likely continues it ("Die HDP wirft der Staatsführung … vor. Sie bezichtigt …" is the HDP,
   * whose gender no list gives), so a fitting actor elsewhere in the clause is no safe antecedent.
   */
  boolean otherSubject(int from, int to, int before, java.util.Set<String> candidates) {
    for (Mention m : doc.out.all()) {
      int sentence = doc.out.sentenceOf(m);
      boolean other = sentence >= from && sentence <= to && m.span().begin() < before && !candidates.contains(m.actor().id())
          && m.actor().type() != ActorType.LOCATION && !m.kind().equals("PRONOUN") && !m.kind().equals("PLURAL") && !compoundPart(m);
      if (other && headsSubject(m)) {
        return true;
      }
    }
    return false;
  }

  private boolean headsSubject(Mention m) {
    for (Piece p : doc.pieces) {
      String rel = p.token().deprel();
      if (p.begin() >= m.span().begin() && p.end() <= m.span().end() && rel != null && rel.startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** Some mention of person {@code id} before {@code before} follows a feminine singular noun ("Ministerin X"). */
  boolean woman(String id, int before) {
    for (Mention m : doc.out.all()) {
      if (m.actor().id().equals(id) && m.span().begin() < before && (feminineNounBefore(m.span().begin()) || womansGivenName(m))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head word is listed or has a listed ending: the last before a genitive article, or before the first
   * lower-case word after a capitalised one, a preposition of a post-modifier ("Regierung in Warschau",
   * "Organisation für Sicherheit …"), else the last ("baden-württembergische Landesregierung").
   */
  boolean feminineHead(String text) {
    String[] words = text.split("[\\s-]+");
    int head = words.length - 1;
    boolean capital = false;
    for (int i = 1; i < words.length; i++) {
      capital |= !words[i - 1].isEmpty() && Character.isUpperCase(words[i - 1].charAt(0));
      boolean lower = !words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0));
      if (doc.language.genitiveArticles.contains(words[i]) || capital && lower) {
        head = i - 1;
        break;
      }
    }
    String word = words[head];
    return feminine(word) || word.endsWith("s") && feminine(word.substring(0, word.length() - 1));
  }

  private boolean feminine(String word) {
    if (doc.language.feminine.contains(word)) {
      return true;
    }
    for (String entry : doc.language.feminine) {
      if (entry.startsWith(ENDING) && word.length() > entry.length() + 1 && Character.isUpperCase(word.charAt(0))
          && word.endsWith(entry.substring(ENDING.length()))) {
        return true;
      }
    }
    return false;
  }

  /** A token of the mention is tagged a given name and feminine ("Ursula": the tagger's lexicon, not a guess). */
  private boolean womansGivenName(Mention m) {
    for (Piece p : doc.pieces) {
      String xpos = p.token().xpos();
      if (p.begin() >= m.span().begin() && p.end() <= m.span().end() && xpos != null) {
        java.util.List<String> features = java.util.List.of(xpos.split(":"));
        if (features.contains(doc.language.givenNameFeature) && features.contains(doc.language.feminineFeature)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word piece right before {@code begin} is a capitalised noun with the feminine singular ending. */
  private boolean feminineNounBefore(int begin) {
    Piece previous = null;
    for (Piece p : doc.pieces) {
      if (p.end() > begin) {
        break;
      }
      previous = p;
    }
    if (previous == null || !previous.capitalized() || !"NOUN".equals(previous.token().upos())) {
      return false;
    }
    String text = previous.text();
    return text.endsWith(doc.language.feminineSingularEnding) && !text.endsWith(doc.language.femininePluralEnding)
        && text.length() > doc.language.feminineSingularEnding.length() + 2;
  }

  /** The mention is the first part of a hyphenated compound ("EU" in "EU-Außenkommissarin"). */
  private boolean compoundPart(Mention m) {
    int end = m.span().end();
    return end < doc.body.length() && doc.body.charAt(end) == '-';
  }
}
