package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;
import org.chronik.pipeline.actors.UnknownNames.Attributes;

/**
 * A bare title before an unknown name ("Premierminister X") in an article about several states, when the people
 * data knows the focus state's office to be held by someone else on the date: the name may hold that office in
 * another state the article names (by its name, adjective, demonym or capital).
 *
 * <p>Decision: the state is read from the title's own sentence, else from the article's lead. In the sentence,
 * the state named nearest before the title decides; when none is named before it, the one state named after it
 * ("Präsident X in Dili"). When the sentence names states but that one is no candidate, nothing: the sentence is
 * about another state than the lead's ("nachdem Australien Soldaten auf die Salomonen schickte … Premierminister
 * X" with the islands misspelt). A sentence naming no state takes the one candidate state of the first sentence and
 * the dateline. A candidate is no focus state and no state whose office the people data knows to be held by another
 * person (on the date, or without a gap since 2000); two candidates, or none: no country.
 */
final class OfficeElsewhere {
  /** A state named by a match: the match's index, its sentence and the state's key. */
  private record Named(int j, int sentence, String state) {}

  private final LinkContext doc;
  private final OfficeHolders offices;
  private final List<Named> named = new ArrayList<>();

  OfficeElsewhere(LinkContext doc, OfficeHolders offices) {
    this.doc = doc;
    this.offices = offices;
    for (int j = 0; j < doc.matches.size(); j++) {
      Match m = doc.matches.get(j);
      Kind kind = m.target().kind();
      String state = switch (kind) {
        case COUNTRY, ADJECTIVE, DEMONYM -> m.target().key();
        case CAPITAL -> PlaceCountries.capital(doc.dictionary, m.target().key());
        default -> null;
      };
      if (state != null && doc.isState(state) && !doc.inDateline(m)) {
        named.add(new Named(j, doc.sentence(m), state));
      }
    }
  }

  /**
   * The state whose {@code role} the unknown name {@code written} after the title at match {@code jTitle}
   * holds, or null when the article does not tell one state.
   */
  String state(int jTitle, String role, String written) {
    int sentence = doc.sentence(doc.match(jTitle));
    List<Named> here = named.stream().filter(n -> n.sentence() == sentence).toList();
    if (!here.isEmpty()) {
      Named before = here.stream().filter(n -> n.j() < jTitle).reduce((a, b) -> b).orElse(null);
      if (before != null) {
        return candidate(before.state(), role, written) ? before.state() : null;
      }
      Set<String> after = new LinkedHashSet<>();
      here.forEach(n -> after.add(n.state()));
      String only = after.size() == 1 ? after.iterator().next() : null;
      return only != null && candidate(only, role, written) ? only : null;
    }
    Set<String> lead = new LinkedHashSet<>();
    if (doc.focus.dateline() != null) {
      lead.add(doc.focus.dateline());
    }
    named.stream().filter(n -> n.sentence() == 0).forEach(n -> lead.add(n.state()));
    lead.removeIf(state -> !candidate(state, role, written));
    return lead.size() == 1 ? lead.iterator().next() : null;
  }

  /** Whether the name may hold {@code role} in {@code state}: no focus state, and not known to be another's. */
  private boolean candidate(String state, String role, String written) {
    return !state.equals(doc.focus.key()) && !offices.othersHold(state, role, written) && !offices.heldByOther(state, role, written);
  }

  /** What the title says of the name: {@code said}'s sector and the role in the state found, else no country. */
  Attributes attributes(int jTitle, TitledNames.Phrase phrase, String written) {
    String state = TitleResolver.OTHER.equals(phrase.said().role()) ? null : state(jTitle, phrase.role(), written);
    String focus = doc.focus.key();
    return state == null
        ? new Attributes(null, null, null, "no office: " + phrase.role() + " of " + focus + " is held by others")
        : new Attributes(state, phrase.said().sector(), phrase.role(), "office elsewhere: " + phrase.role() + " of " + focus + " is held by others; " + state + " is named");
  }
}
