package org.chronik.pipeline.quotes;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Span;
import org.chronik.model.Token;

/**
 * Links a speaker pronoun ("er", "sie", "seiner Ansicht nach") that the actors stage's coreference
 * left unlinked: to the person the clause before is about (a person heading a subject), else the
 * nearest person named before it, sentence by sentence; else to the last speaker.
 */
final class PronounResolver {
  /** How many sentences back a pronoun may find its person. */
  private static final int SENTENCES_BACK = 3;
  /** How many sentences back the last speaker may stand in for a pronoun. */
  private static final int SPEAKER_BACK = 4;

  private final DocumentView doc;

  PronounResolver(DocumentView doc) {
    this.doc = doc;
  }

  /** The party with its person linked, or the party unchanged when it is no unlinked pronoun or nobody fits. */
  Party resolve(Party party, int sentence, Party lastSpeaker, int lastSentence) {
    if (party == null || !party.pronoun() || party.actor() != null) {
      return party;
    }
    // a demonstrative ("sagte dieser") points at the person named last, a personal pronoun at the one the clause is about
    boolean demonstrative = demonstrative(sentence, party.span());
    for (int s = sentence; s >= 0 && s >= sentence - SENTENCES_BACK; s--) {
      ActorRef subject = demonstrative ? null : person(s, party.span(), true);
      ActorRef any = subject != null ? subject : person(s, party.span(), false);
      if (any != null) {
        return party.withActor(any);
      }
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

  /** The nearest person named in sentence s before the pronoun, outside quotations; with {@code subject}, only one heading a subject. */
  private ActorRef person(int s, Span pronoun, boolean subject) {
    List<Token> tokens = doc.sentence(s).tokens();
    for (int k = tokens.size() - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (t.end() > pronoun.begin() || doc.insideMarks(t.span()) || subject && !inSubject(tokens, k)) {
        continue;
      }
      Party named = doc.parties.linkedPerson(t.span());
      if (named != null) {
        return named.actor();
      }
      if (t.ner() != null && t.ner().endsWith("PER")) {
        return PartyResolver.unlinked(personName(tokens, k), "PER");
      }
    }
    return null;
  }

  /** The token is a subject or part of a subject's name or apposition ("Annalena Baerbock", "die Ministerin, Nancy Faeser"). */
  private static boolean inSubject(List<Token> tokens, int k) {
    int t = k;
    for (int steps = 0; t >= 0 && steps < tokens.size(); steps++) {
      String rel = tokens.get(t).deprel();
      if (rel == null) {
        return false;
      }
      if (rel.startsWith("nsubj")) {
        return true;
      }
      if (!(rel.startsWith("flat") || rel.equals("appos") || rel.equals("compound"))) {
        return false;
      }
      t = tokens.get(t).head();
    }
    return false;
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
