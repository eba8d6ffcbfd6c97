package org.chronik.pipeline.actors;

import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/**
 * A group noun followed by a genitive description of a state: "das Militär des international isolierten
 * Landes", "die Führung des Staates". The description stands for the state named last before it (within
 * two sentences), as "das Land" does for the event coder, not for the article's focus country, which may
 * be the other side of the story. Words from lang/de/actors/function-words.tsv ({@code genitive-article},
 * {@code country-description}).
 */
final class DescribedCountry {
  /** At most this many lower-case words (adjectives, adverbs) between the article and the description noun. */
  private static final int MODIFIERS = 3;
  private static final int SENTENCES_BACK = 2;

  private DescribedCountry() {}

  /** The state the description after the noun stands for, or null when there is no such description or no state before it. */
  static Mention of(LinkContext doc, Match noun) {
    int k = noun.to();
    if (!doc.language.genitiveArticles.contains(doc.word(k)) || k >= doc.pieces.size() || doc.pieces.get(k).sentence() != doc.sentence(noun)) {
      return null;
    }
    k++;
    for (int n = 0; n < MODIFIERS && k < doc.pieces.size() && lowerCaseWord(doc.pieces.get(k).text()); n++) {
      k++;
    }
    if (k >= doc.pieces.size() || !doc.language.countryDescriptions.contains(doc.word(k))) {
      return null;
    }
    return doc.out.lastBefore(doc.first(noun).begin(), doc.sentence(noun) - SENTENCES_BACK,
        m -> m.actor() != null && m.actor().type() == ActorType.COUNTRY && doc.isState(m.actor().country()));
  }

  private static boolean lowerCaseWord(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && text.chars().allMatch(Character::isLetter);
  }
}
