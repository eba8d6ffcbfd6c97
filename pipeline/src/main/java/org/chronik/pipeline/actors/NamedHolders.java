package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * The people an undated article names who held an office at some time (people.tsv terms), so that
 * the bare title stands for them ("Bundeskanzler Werner Faymann … der Kanzler"): without a date the
 * holder "now" is a guess, while a holder the article names is what it talks about.
 *
 * <p>Decision: of the named holders of the role (in the country, when one is given), the one named
 * last before the title, else the first named after it. Dated articles keep the holder on the date.
 */
final class NamedHolders {
  private final ActorDictionary dictionary;
  /** Each known person's name match: its first piece and its people.tsv key, in document order. */
  private final List<Match> named = new ArrayList<>();

  NamedHolders(ActorDictionary dictionary, List<Match> matches) {
    this.dictionary = dictionary;
    for (Match m : matches) {
      if (m.target().kind() == Kind.PERSON || m.target().kind() == Kind.FUZZY_PERSON) { // "Ahmed Davutoglu" too
        named.add(m);
      }
    }
  }

  /**
   * The named person who held {@code role} (as the country means it: "Präsident" is Iran's head of
   * government) in {@code country} (null: any state) nearest before piece {@code at}, else first after it.
   */
  Optional<String> holder(String country, String role, int at) {
    String before = null;
    String after = null;
    for (Match m : named) {
      if (!held(m.target().key(), country, role)) {
        continue;
      }
      if (m.from() < at) {
        before = m.target().key();
      } else if (after == null) {
        after = m.target().key();
      }
    }
    return Optional.ofNullable(before != null ? before : after);
  }

  boolean held(String person, String country, String role) {
    for (PersonTerm t : dictionary.people().getOrDefault(person, List.of())) {
      boolean inCountry = country == null ? t.country() != null && !t.country().startsWith("IGO.") : country.equals(t.country());
      if (inCountry && t.role() != null && t.role().equals(dictionary.effectiveRole(role, t.country()))) {
        return true;
      }
    }
    return false;
  }
}
