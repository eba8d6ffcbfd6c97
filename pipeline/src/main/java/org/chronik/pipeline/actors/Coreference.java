package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/** In-document coreference of plural references and pronouns (rules in lang/de/actors/README.md). */
final class Coreference {
  private final ActorDictionary dictionary;
  private final MentionResolver doc;

  Coreference(ActorDictionary dictionary, MentionResolver doc) {
    this.dictionary = dictionary;
    this.doc = doc;
  }

  /** "beide Länder": the pair of countries (or persons) in focus, one mention each (see MentionList). */
  void plural(Match m, Target t) {
    boolean countries = t.key().equals("COUNTRY");
    List<ActorRef> pair = doc.out().pairInFocus(doc.pieces().get(m.from()).sentence(), ref -> countries ? asCountry(ref) : ref.type() == ActorType.PERSON ? ref : null);
    if (pair.size() == 2) {
      for (ActorRef ref : pair) {
        doc.add(m, ref, "PLURAL", "plural-references.tsv:" + t.key());
      }
    }
  }

  /** A country, or the country of a person's role; null for anything else. */
  private ActorRef asCountry(ActorRef ref) {
    if (ref.type() == ActorType.COUNTRY) {
      return dictionary.countryRef(ref.country(), null);
    }
    boolean hasCountry = ref.type() == ActorType.PERSON && dictionary.country(ref.country()).filter(c -> c.type() == ActorType.COUNTRY).isPresent();
    return hasCountry ? dictionary.countryRef(ref.country(), null) : null;
  }

  /** "Er": the one person of this and the previous sentence; nothing when there are more or none. */
  void pronoun(Match m) {
    int sentence = doc.pieces().get(m.from()).sentence();
    List<ActorRef> persons = doc.out().personsIn(sentence - 1, sentence);
    if (persons.size() == 1) {
      doc.add(m, persons.get(0), "PRONOUN", "pronouns.tsv");
    }
  }
}
