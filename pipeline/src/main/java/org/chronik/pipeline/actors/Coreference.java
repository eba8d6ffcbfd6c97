package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Token;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/** In-document coreference of plural references and pronouns (rules in lang/de/actors/README.md). */
final class Coreference {
  private final ActorDictionary dictionary;
  private final LinkContext doc;
  private final FeminineAntecedents feminine;

  Coreference(LinkContext doc) {
    this.dictionary = doc.dictionary;
    this.doc = doc;
    this.feminine = new FeminineAntecedents(doc);
  }

  /** "beide Länder": the pair of countries (or persons) in focus, one mention each (see MentionList). */
  void plural(Match m, Target t) {
    boolean countries = t.key().equals("COUNTRY");
    List<ActorRef> pair = doc.out.pairInFocus(doc.pieces.get(m.from()).sentence(), ref -> countries ? asCountry(ref) : ref.type() == ActorType.PERSON ? ref : null,
        this::coordinated);
    if (pair.size() == 2) {
      for (ActorRef ref : pair) {
        doc.add(m, ref, "PLURAL", "plural-references.tsv:" + t.key());
      }
    }
  }

  /** Two mentions joined by a coordinator with at most two more words ("Irak und Syrien", "an die Kataris und an die Omaner"). */
  private boolean coordinated(org.chronik.model.Mention first, org.chronik.model.Mention second) {
    if (first.span().end() > second.span().begin()) {
      return false;
    }
    String[] words = doc.body.substring(first.span().end(), second.span().begin()).strip().split("\\s+");
    return words.length <= 3 && java.util.Arrays.stream(words).anyMatch(doc.language.coordinators::contains);
  }

  /** A country, or the country of a person's role; null for anything else. */
  private ActorRef asCountry(ActorRef ref) {
    if (ref.type() == ActorType.COUNTRY) {
      return dictionary.countryRef(ref.country(), null);
    }
    boolean hasCountry = ref.type() == ActorType.PERSON && dictionary.country(ref.country()).filter(c -> c.type() == ActorType.COUNTRY).isPresent();
    return hasCountry ? dictionary.countryRef(ref.country(), null) : null;
  }

  /**
   * "Er": the one person of this and the previous sentence; nothing when there are more or none. A
   * person the text has shown to be a woman ("Ministerin X") is none of them.
   */
  void pronoun(Match m) {
    if (doc.language.ageNouns.nouns().contains(m.target().key())) {
      AgeReMention.resolve(doc, m, feminine); // "der 63-Jährige"
      return;
    }
    if (m.target().key().equals(doc.language.femininePronoun)) {
      feminine(m);
      return;
    }
    Piece pronoun = doc.pieces.get(m.from());
    int sentence = pronoun.sentence();
    List<ActorRef> persons = doc.out.personsIn(sentence - 1, sentence).stream().filter(p -> !feminine.woman(p.id(), pronoun.begin())).toList();
    if (persons.size() == 1) {
      doc.add(m, persons.get(0), "PRONOUN", "pronouns.tsv");
    }
  }

  /**
   * "Sie" as the subject of a singular verb ("Sie griff an", "Am Abend hat sie erklärt"): the one
   * country or organisation with a feminine head word (feminine.tsv: die Türkei, die EU, die
   * Regierung), or person shown to be a woman (FeminineAntecedents), named earlier in this or the
   * previous sentence. A plural verb (they, or the polite form), no such actor, two of them, or another
   * actor heading a subject there (FeminineAntecedents.otherSubject): no mention.
   */
  private void feminine(Match m) {
    Piece pronoun = doc.pieces.get(m.from());
    if (!singularSubject(pronoun) || cataphor(pronoun)) {
      return;
    }
    List<ActorRef> candidates = doc.out.actorsIn(pronoun.sentence() - 1, pronoun.sentence(), pronoun.begin(),
        mention -> feminine.fits(mention, pronoun.begin()));
    java.util.Set<String> ids = candidates.stream().map(ActorRef::id).collect(java.util.stream.Collectors.toSet());
    if (candidates.size() == 1 && !feminine.otherSubject(pronoun.sentence() - 1, pronoun.sentence(), pronoun.begin(), ids)) {
      doc.add(m, candidates.get(0), "PRONOUN", "feminine.tsv");
    }
  }

  /**
   * "Als sie in Kiew ankam, lobte Baerbock …": the pronoun is the subject of a clause standing before the clause
   * it depends on, whose own subject, named after the pronoun and an actor it could stand for, it anticipates
   * rather than refers back from ("Weil sie … abmontierte, herrschte Eiszeit" still refers back).
   */
  private boolean cataphor(Piece pronoun) {
    Token verb = doc.token(pronoun.sentence(), pronoun.token().head());
    Token governor = verb == null || verb.head() < 0 ? null : doc.token(pronoun.sentence(), verb.head());
    if (governor == null || governor.index() < verb.index()) {
      return false;
    }
    for (Piece p : doc.pieces) {
      Token t = p.token();
      if (p.sentence() == pronoun.sentence() && p.begin() > pronoun.end() && t.head() == governor.index()
          && t.deprel() != null && t.deprel().startsWith("nsubj") && fittingMention(p)) {
        return true;
      }
    }
    return false;
  }

  /** A mention a singular "sie" could stand for covers the piece ("Annalena Baerbock"; not "Eiszeit"). */
  private boolean fittingMention(Piece p) {
    return doc.out.all().stream().anyMatch(m -> m.span().begin() <= p.begin() && m.span().end() >= p.end()
        && feminine.fits(m, m.span().end()));
  }

  /**
   * The pronoun is a subject whose finite verb (the head or its auxiliary) is singular. A form the
   * tagger read as second person plural ("bezeichnet", "ihr bezeichnet") is, with "sie", the third
   * person singular: the two forms are the same.
   */
  private boolean singularSubject(Piece pronoun) {
    Token t = pronoun.token();
    if (t.deprel() == null || !t.deprel().startsWith("nsubj") || t.head() < 0) {
      return false;
    }
    boolean singular = false;
    for (Piece p : doc.pieces) {
      if (p.sentence() > pronoun.sentence()) {
        break; // pieces are in text order
      }
      Token v = p.token();
      if (p.sentence() < pronoun.sentence() || v.xpos() == null) {
        continue;
      }
      boolean finite = v.index() == t.head() || v.head() == t.head() && v.deprel() != null && v.deprel().startsWith("aux");
      if (finite && ("VERB".equals(v.upos()) || "AUX".equals(v.upos()))) {
        boolean secondPlural = v.xpos().contains(":2:PLU:");
        if (v.xpos().contains(":PLU:") && !secondPlural) {
          return false;
        }
        singular |= v.xpos().contains(":SIN:") || secondPlural;
      }
    }
    return singular;
  }
}
