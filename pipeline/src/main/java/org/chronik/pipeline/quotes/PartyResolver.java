package org.chronik.pipeline.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.attribution.DependencyTree;

/**
 * Links the noun phrase at a token to an actor: a mention of the actors stage when one covers it,
 * else an unlinked actor named by the phrase (id {@code text:<phrase>}, type from the recognizer's
 * tag). One per document.
 */
final class PartyResolver {
  private final String body;
  private final List<Mention> mentions;

  PartyResolver(String body, List<Mention> mentions) {
    this.body = body;
    this.mentions = mentions;
  }

  /** The party named by the phrase headed at {@code head}, or null when the token names nobody. */
  Party party(DependencyTree tree, int head) {
    if (head < 0) {
      return null;
    }
    Token token = tree.token(head);
    Span phrase = tree.phraseSpan(head);
    Mention mention = mentionAt(token.span(), phrase);
    boolean pronoun = "PRON".equals(token.upos());
    if (mention != null) {
      return new Party(fuller(mention), pronoun ? token.span() : phrase, pronoun);
    }
    if (pronoun) {
      return new Party(null, token.span(), true);
    }
    // "Einer der Polizisten", "Beide": a determiner or numeral heading a phrase names a party too
    if (!Set.of("NOUN", "PROPN", "X", "DET", "NUM").contains(token.upos())) {
      return null;
    }
    return new Party(unlinked(phrase.of(body), token.ner()), phrase, false);
  }

  /**
   * A person the recognizer found but the dictionaries did not ("Xi" after "Xi Jinping") is the
   * linked person of the document whose name holds all its words.
   */
  private ActorRef fuller(Mention mention) {
    ActorRef actor = mention.actor();
    if (actor == null || !"NER".equals(mention.kind())) {
      return actor;
    }
    List<String> words = List.of(mention.text().toLowerCase(Locale.ROOT).split("\\s+"));
    for (Mention other : mentions) {
      ActorRef candidate = other.actor();
      if (candidate != null && !"NER".equals(other.kind()) && candidate.type() == ActorType.PERSON && candidate.name() != null
          && List.of(candidate.name().toLowerCase(Locale.ROOT).split("\\s+")).containsAll(words)) {
        return candidate;
      }
    }
    return actor;
  }

  /** A mention of a person (not by a pronoun) at the span, or null. */
  Party linkedPerson(Span span) {
    for (Mention m : mentions) {
      if (m.span().overlaps(span) && m.actor() != null && m.actor().type() == ActorType.PERSON && !"PRONOUN".equals(m.kind())) {
        return new Party(m.actor(), m.span(), false);
      }
    }
    return null;
  }

  /** The mention covering the head token, else the longest mention inside the phrase. */
  private Mention mentionAt(Span head, Span phrase) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().overlaps(head)) {
        return m;
      }
      if (phrase.contains(m.span()) && (best == null || m.span().length() > best.span().length())) {
        best = m;
      }
    }
    return best;
  }

  /** An actor the dictionaries do not know, named by the text. */
  static ActorRef unlinked(String text, String ner) {
    String name = text.strip().replaceAll("\\s+", " ");
    return new ActorRef("text:" + name.toLowerCase(Locale.ROOT), name, typeOf(ner), null, null, null);
  }

  private static ActorType typeOf(String ner) {
    if (ner == null) {
      return null;
    }
    return switch (ner.replaceFirst("^[BI]-", "")) {
      case "PER", "PERSON" -> ActorType.PERSON;
      case "ORG", "ORGANIZATION" -> ActorType.ORGANIZATION;
      case "LOC", "LOCATION" -> ActorType.LOCATION;
      default -> null;
    };
  }
}
