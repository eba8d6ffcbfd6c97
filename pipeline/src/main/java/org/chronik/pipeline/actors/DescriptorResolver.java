package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;
import org.chronik.pipeline.actors.UnknownNames.Attributes;

/**
 * A noun of descriptors.tsv and the organisation named after it: "die US-Großbank JP Morgan", "der
 * russische Ölkonzern Lukoil", "der Autobauer BYD". The country word is the organisation's country and
 * no actor of its own; a company is not its state.
 */
final class DescriptorResolver {
  private final LinkContext doc;
  private final UnknownNames unknown;

  DescriptorResolver(LinkContext doc, UnknownNames unknown) {
    this.doc = doc;
    this.unknown = unknown;
  }

  /** Country word at {@code jCountry}, descriptor after it. Returns the last match used. */
  int withCountry(int jCountry, int jNoun) {
    Match country = doc.match(jCountry);
    String source = "descriptor: " + doc.text(doc.first(country).begin(), doc.last(doc.match(jNoun)).end());
    return name(jNoun, country.target().key(), source);
  }

  /** A descriptor without a country word. Returns the last match used. */
  int alone(int jNoun) {
    return name(doc.match(jNoun), jNoun, null, "descriptor: " + doc.first(doc.match(jNoun)).text());
  }

  /** A word that is also an organisation's alias, read as the descriptor {@code noun} at match {@code j} ("die Linkspartei Podemos"). */
  int alone(Match noun, int j) {
    return name(noun, j, null, "descriptor: " + doc.first(noun).text());
  }

  private int name(int jNoun, String country, String source) {
    return name(doc.match(jNoun), jNoun, country, source);
  }

  private int name(Match noun, int jNoun, String country, String source) {
    String sector = noun.target().sector();
    Match next = doc.next(jNoun);
    if (next != null && next.target().kind() == Kind.ORGANIZATION) {
      doc.dictionary.organization(doc.focus.organizationInContext(next).key()).ifPresent(org -> {
        ActorRef ref = doc.organization(org);
        boolean told = ref.country() == null && country != null;
        ActorRef withCountry = told ? new ActorRef(ref.id(), ref.name(), ref.type(), country, ref.sector() != null ? ref.sector() : sector, null) : ref;
        doc.add(doc.first(next).begin(), doc.last(next).end(), withCountry, "NAME", "organizations.tsv:" + org.name(), doc.sentence(next),
            told ? source : null);
      });
      return jNoun + 1;
    }
    Match quoted = QuotedName.after(doc, noun); // "die Wochenzeitung „Le Canard enchaîné“"
    int end = quoted != null ? quoted.to() : NameAfter.end(doc, noun);
    if (end == noun.to()) {
      if (country != null) { // "russischer Banken": the country's businesses (RUS, BUS), not the state
        Match word = doc.match(jNoun - 1);
        doc.add(doc.first(word).begin(), doc.last(noun).end(), doc.dictionary.countryRef(country, sector), "GROUP",
            "descriptors.tsv:" + noun.target().key(), doc.sentence(noun), source);
      }
      return jNoun;
    }
    Match name = quoted != null ? quoted : new Match(noun.to(), end, List.of(Target.of(Kind.UNKNOWN_ORGANIZATION, null)));
    unknown.add(name, new Attributes(country, sector, null, source));
    int j = jNoun;
    while (doc.hasMatch(j + 1) && doc.match(j + 1).from() < end) {
      j++; // the tagger's own run over the same name is used up
    }
    return j;
  }
}
