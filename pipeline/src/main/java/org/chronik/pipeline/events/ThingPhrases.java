package org.chronik.pipeline.events;

import java.util.List;

/**
 * The phrases a verbal act is done to ({@code heads}: its target phrases and the rule's object) in their
 * sentence, with what reads the authors of the things they name: the act words ({@code AUTHORED}, {@code REPORT}
 * nouns) and the document's anaphora. One value per act, handed to the readers of a thing's author
 * ({@link ObjectAuthor}'s siblings {@link ReferredThing}, {@link OwnedThing}, {@link ReportAuthor},
 * {@link AuthoredBefore}) by {@link ImplicitTarget}.
 */
record ThingPhrases(SentenceView sentence, List<Integer> heads, ActWords words, Anaphora anaphora) {
  ThingPhrases {
    heads = List.copyOf(heads);
  }
}
