package org.chronik.pipeline.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.attribution.AttributionLexicon;
import org.chronik.pipeline.attribution.Authors;
import org.chronik.pipeline.attribution.DependencyTree;
import org.chronik.pipeline.attribution.NamingPhrases;
import org.chronik.pipeline.attribution.Tokens;

/**
 * Links the noun phrase at a token to an actor: a mention of the actors stage when one covers it,
 * else an unlinked actor named by the phrase (id {@code text:<phrase>}, type from the recognizer's
 * tag). One per document.
 */
final class PartyResolver {
  private final String body;
  private final List<Mention> mentions;
  private final AttributionLexicon lexicon;

  PartyResolver(String body, List<Mention> mentions, AttributionLexicon lexicon) {
    this.body = body;
    this.mentions = mentions;
    this.lexicon = lexicon;
  }

  /**
   * The party named by the phrase headed at {@code head}, or null when the token names nobody. A
   * statement noun never speaks: its author does ("die Kritik der Opposition", "seiner Ansicht");
   * without an author the text names only the document ("in einem Bericht"): the party has its span
   * and no actor, so no actor is credited with words nobody was named for.
   */
  Party party(DependencyTree tree, int head) {
    if (head < 0) {
      return null;
    }
    if (lexicon.isStatementNoun(Tokens.lemma(tree.token(head)))) {
      int author = Authors.of(tree, head, lexicon);
      return author < 0 ? new Party(null, tree.phraseSpan(head), false) : party(tree, author);
    }
    int noun = antecedent(tree, head);
    if (noun >= 0) {
      // "eine Resolution, welche … auffordert": the relative pronoun speaks for its noun
      Party named = named(tree, noun);
      Span span = new Span(tree.phraseSpan(noun).begin(), tree.token(head).end());
      return new Party(named == null ? null : named.actor(), span, false);
    }
    return named(tree, head);
  }

  /** The noun a relative pronoun subject stands for: the head of its relative clause, or -1. */
  private static int antecedent(DependencyTree tree, int pronoun) {
    Token t = tree.token(pronoun);
    int clause = t.head();
    if (!NamingPhrases.isRelativePronoun(t) || clause < 0 || tree.token(clause).deprel() == null || !tree.token(clause).deprel().startsWith("acl")) {
      return -1;
    }
    int noun = tree.token(clause).head();
    return noun >= 0 && noun < pronoun && ("NOUN".equals(tree.token(noun).upos()) || "PROPN".equals(tree.token(noun).upos())) ? noun : -1;
  }

  /** A proper name in apposition to a common noun ("der Sprecher, Peter Klein"), or -1. */
  private static int appositionName(DependencyTree tree, int head) {
    if (!"NOUN".equals(tree.token(head).upos())) {
      return -1;
    }
    for (int c : tree.children(head)) {
      if ("appos".equals(tree.token(c).deprel()) && "PROPN".equals(tree.token(c).upos()) && !tree.quoted(c)) {
        return c;
      }
    }
    return -1;
  }

  private Party named(DependencyTree tree, int head) {
    Token token = tree.token(head);
    int name = appositionName(tree, head);
    if (name >= 0 && mentionAt(token.span(), token.span()) == null) {
      // "Der Generalsekretär der NATO, Jens Stoltenberg": the person named in apposition speaks, not the NATO
      Party person = named(tree, name);
      Span role = tree.phraseSpan(head);
      Span span = new Span(Math.min(role.begin(), person.span().begin()), Math.max(role.end(), person.span().end()));
      return new Party(person.actor(), span, false);
    }
    Span phrase = tree.phraseSpan(head);
    Mention mention = mentionAt(token.span(), phrase);
    // a possessive ("seiner Ansicht nach") refers like a pronoun
    boolean pronoun = "PRON".equals(token.upos()) || "det:poss".equals(token.deprel())
        || "DET".equals(token.upos()) && lexicon.morphology().isPossessive(token.text()) || standaloneDemonstrative(token, lexicon);
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

  /** "sagte dieser": a demonstrative the tagger calls a determiner, standing alone as a subject, refers like a pronoun. */
  private static boolean standaloneDemonstrative(Token token, AttributionLexicon lexicon) {
    return "DET".equals(token.upos()) && token.deprel() != null && token.deprel().startsWith("nsubj") && lexicon.morphology().isDemonstrative(token.text());
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
