package org.chronik.pipeline.quotes;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.discourse.AntecedentSearch;

/**
 * Links a speaker pronoun ("er", "sie", "seiner Ansicht nach") that the actors stage's coreference
 * left unlinked: to the person the clause before is about (a person heading a subject), else the
 * nearest person named before it, sentence by sentence (AntecedentSearch, shared with the event
 * coder's pronouns); else to the last speaker.
 */
final class PronounResolver {
  /** How many sentences back a pronoun may find its person. */
  private static final int SENTENCES_BACK = 3;
  /** How many sentences back the last speaker may stand in for a pronoun. */
  private static final int SPEAKER_BACK = 4;

  private final DocumentView doc;
  private final AntecedentSearch.Text persons;

  PronounResolver(DocumentView doc) {
    this.doc = doc;
    this.persons = new AntecedentSearch.Text() {
      @Override
      public List<Token> tokens(int sentence) {
        return doc.sentence(sentence).tokens();
      }

      @Override
      public ActorRef candidate(int sentence, int k) {
        return person(sentence, k);
      }
    };
  }

  /** The party with its person linked, or the party unchanged when it is no unlinked pronoun or nobody fits. */
  Party resolve(Party party, int sentence, Party lastSpeaker, int lastSentence) {
    if (party == null || !party.pronoun() || party.actor() != null) {
      return party;
    }
    // a demonstrative ("sagte dieser") points at the person named last, a personal pronoun at the one the clause is about
    boolean demonstrative = demonstrative(sentence, party.span());
    ActorRef any = AntecedentSearch.find(persons, sentence, party.span().begin(), demonstrative, SENTENCES_BACK);
    if (any != null) {
      return party.withActor(any);
    }
    ActorType type = lastSpeaker == null || lastSpeaker.actor() == null ? null : lastSpeaker.actor().type();
    boolean canSpeak = type == null || type == ActorType.PERSON || type == ActorType.ORGANIZATION || type == ActorType.GROUP;
    if (lastSpeaker != null && lastSpeaker.actor() != null && canSpeak && sentence - lastSentence <= SPEAKER_BACK) {
      return party.withActor(lastSpeaker.actor());
    }
    return party;
  }

  private boolean demonstrative(int sentence, Span span) {
    for (Token t : doc.sentence(sentence).tokens()) {
      if (t.span().equals(span)) {
        return doc.tagged(TagClass.DEMONSTRATIVE, t);
      }
    }
    return false;
  }

  /** A person named at token k of sentence s, outside quotations: one the parties know, else a person name. */
  private ActorRef person(int s, int k) {
    List<Token> tokens = doc.sentence(s).tokens();
    Token t = tokens.get(k);
    if (doc.insideMarks(t.span())) {
      return null;
    }
    Party named = doc.parties.linkedPerson(t.span());
    if (named != null) {
      return named.actor();
    }
    return t.ner() != null && t.ner().endsWith("PER") ? PartyResolver.unlinked(personName(tokens, k), "PER") : null;
  }

  /** The whole name ending at token k ("Angela Merkel"). */
  private String personName(List<Token> tokens, int k) {
    int first = k;
    while (first > 0 && tokens.get(first - 1).ner() != null && tokens.get(first - 1).ner().endsWith("PER")) {
      first--;
    }
    return new Span(tokens.get(first).begin(), tokens.get(k).end()).of(doc.body);
  }
}
