package org.chronik.pipeline.actors;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;
import org.chronik.pipeline.actors.UnknownNames.Attributes;

/**
 * The national section of an organisation: "Amnesty International Österreich", "Wikimedia Deutschland".
 *
 * <p>Decision: a dictionary organisation followed right away by a state's name that the tagger reads as
 * part of the same organisation name (NER ORG on the state's word) is that organisation's section in
 * the state: an organisation of its own, named as written, with the state's country and the parent's
 * sector. The section's country word decides, not the seat of the parent. A state's name the tagger
 * reads otherwise is no section, nor one after a verb or a subordinating conjunction, where it may be the
 * object ("warf Amnesty International Syrien Folter vor", "dass Amnesty International Ägypten kritisiert").
 */
final class NationalSections {
  private static final String ORGANIZATION_TAG = "ORG";
  /**
   * Parts of speech before the organisation that leave its state's name free to be an object: "warf Amnesty
   * International Syrien Folter vor", "hat …", "dass …" (the tagger reads both ways as one name).
   */
  private static final Set<String> OBJECT_MAY_FOLLOW = Set.of("VERB", "AUX", "SCONJ");
  /** Sectors of bodies that have national sections: NGOs, businesses, media, unions, churches (a state body or a party is its state's own). */
  private static final Set<String> SECTIONED = Set.of("NGO", "BUS", "MED", "LAB", "REL");
  private final LinkContext doc;
  private final UnknownNames unknown;

  NationalSections(LinkContext doc, UnknownNames unknown) {
    this.doc = doc;
    this.unknown = unknown;
  }

  /** Links the section that starts at match {@code j}; returns the last match used, or -1 when there is none. */
  int resolve(int j) {
    Match org = doc.match(j);
    Match state = doc.next(j);
    if (org.target().kind() != Kind.ORGANIZATION || state == null || state.target().kind() != Kind.COUNTRY
        || !doc.isState(state.target().key()) || doc.last(org).hyphenAfter() || doc.first(state).inCompound()
        || doc.sentence(org) != doc.sentence(state) || !tagged(state) || objectMayFollow(org)) {
      return -1;
    }
    OrganizationEntry parent = doc.dictionary.organization(doc.focus.organizationInContext(org).key()).orElse(null);
    if (parent == null || parent.country() == null || parent.type() != ActorType.ORGANIZATION || !SECTIONED.contains(parent.sector()) || parent.country().equals(state.target().key())) {
      return -1;
    }
    String source = "section: " + doc.text(doc.first(org).begin(), doc.last(state).end());
    unknown.add(new Match(org.from(), state.to(), List.of(Target.of(Kind.UNKNOWN_ORGANIZATION, null))),
        new Attributes(state.target().key(), parent.sector(), null, source));
    int last = j + 1;
    while (doc.hasMatch(last + 1) && doc.match(last + 1).from() < state.to()) {
      last++; // the tagger's own run over the same name is used up
    }
    return last;
  }

  /** Whether a verb or a subordinating conjunction stands right before the organisation in its sentence. */
  private boolean objectMayFollow(Match org) {
    if (org.from() == 0) {
      return false;
    }
    Piece before = doc.pieces.get(org.from() - 1);
    return before.sentence() == doc.first(org).sentence() && before.tagged() && OBJECT_MAY_FOLLOW.contains(before.token().upos());
  }

  /** Whether the tagger reads every piece of the state's name as part of an organisation's name. */
  private boolean tagged(Match state) {
    for (int i = state.from(); i < state.to(); i++) {
      Piece p = doc.pieces.get(i);
      if (!p.tagged() || !ORGANIZATION_TAG.equals(p.token().ner())) {
        return false;
      }
    }
    return true;
  }
}
