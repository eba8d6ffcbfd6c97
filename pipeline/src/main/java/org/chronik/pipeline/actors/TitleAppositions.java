package org.chronik.pipeline.actors;

import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.UnknownNames.Attributes;

/**
 * A title phrase after a person and a comma describes that person ("Meles Zenawi, Ministerpräsident
 * Äthiopiens", also marked as past: "X, der frühere Präsident Liberias", "X, Ex-Präsident von Liberia"): the
 * phrase becomes a mention of the person, and an unknown person whose country the
 * text had not told (or only guessed from the focus) takes the phrase's country, sector and role.
 */
final class TitleAppositions {
  private final LinkContext doc;
  private final UnknownNames unknown;

  TitleAppositions(LinkContext doc, UnknownNames unknown) {
    this.doc = doc;
    this.unknown = unknown;
  }

  /**
   * When a person and a comma stand before the title phrase of matches {@code jStart}..{@code jLast}
   * that says {@code said}, adds the phrase as that person's mention and returns true.
   */
  boolean describe(int jStart, int jLast, Attributes said) {
    Mention described = apposition(doc.match(jStart));
    if (described == null) {
      return false;
    }
    ActorRef person = described.actor();
    boolean weak = person.country() == null || described.countryFromFocus();
    if (weak && said.country() != null && !doc.dictionary.people().containsKey(person.name())) {
      String phrase = doc.text(doc.first(doc.match(jStart)).begin(), doc.last(doc.match(jLast)).end());
      String why = "apposition: " + phrase + (said.source() == null ? "" : " (" + said.source() + ")");
      unknown.update(person, new Attributes(said.country(), said.sector(), said.role(), why));
      person = doc.out.lastBefore(Integer.MAX_VALUE, 0, m -> m.actor().id().equals(described.actor().id())).actor();
    }
    int end = doc.last(doc.match(jLast)).end();
    doc.add(doc.first(doc.match(jStart)).begin(), end, person, "TITLE", "apposition", doc.sentence(doc.match(jStart)));
    return true;
  }

  /** The person mention right before the phrase and a comma ("Meles Zenawi, Ministerpräsident …"), or null. */
  private Mention apposition(Match phrase) {
    int comma = phrase.from() - 1;
    while (comma >= 0 && (doc.language.appositionArticles.contains(doc.word(comma)) || doc.language.formerWords.contains(doc.word(comma)))) {
      comma--; // "X, der Präsident …", "X, der frühere Präsident …", "X, Ex-Präsident …"
    }
    if (comma < 1 || !doc.pieces.get(comma).text().equals(",") || doc.pieces.get(comma).sentence() != doc.sentence(phrase)) {
      return null;
    }
    Piece before = doc.pieces.get(comma - 1);
    Mention m = doc.out.lastBefore(before.end(), before.sentence(), x -> x.span().end() == before.end());
    return m != null && m.actor().type() == ActorType.PERSON && !m.kind().equals("PRONOUN") ? m : null;
  }
}
