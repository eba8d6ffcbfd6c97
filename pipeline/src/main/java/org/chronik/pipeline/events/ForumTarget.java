package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;

/**
 * The addressee of an act of words whose sentence names its agent but no target, told at a meeting of an
 * international body: "Auf der Tagung der OPEC schlug Nigeria eine Quote vor" → OPEC. The meeting is a noun
 * of {@code words/forum-nouns.txt} under a preposition of {@code words/forum-prepositions.txt} with the body
 * as its genitive or as the first part of the noun ("auf der Sitzung der IAEA", "beim Nato-Gipfel");
 * only for the code prefixes of {@code words/forum-codes.txt}, and only when the sentence names no actor of a
 * third country and the body is the only one named (README "Words spoken at a forum"). Stateless but for its lists.
 */
final class ForumTarget {
  static final String NOUNS = "forum-nouns";
  static final String PREPOSITIONS = "forum-prepositions";
  static final String CODES = "forum-codes";
  /** The country code of international organisations begins so ("IGO.UN"). */
  private static final String BODY = "IGO.";
  private static final Set<String> OWNER = Set.of("nmod", "compound");
  private static final String CASE = "case";

  private final Set<String> nouns;
  private final Set<String> prepositions;
  private final Set<String> codes;

  ForumTarget(WordLists lists) {
    this.nouns = lists.words(NOUNS);
    this.prepositions = lists.words(PREPOSITIONS);
    this.codes = lists.words(CODES);
  }

  /** The body at whose meeting the act at {@code verb} was told, or null. */
  ActorRef body(SentenceView s, String code, List<ActorRef> agents) {
    if (agents.isEmpty() || codes.stream().noneMatch(code::startsWith)) {
      return null;
    }
    ActorRef body = null;
    for (int t = 0; t < s.size(); t++) {
      ActorRef held = nouns.contains(s.lemma(t).toLowerCase(java.util.Locale.ROOT)) && governed(s, t) ? owner(s, t) : null;
      if (held != null && body != null && !held.id().equals(body.id())) {
        return null; // two bodies: which one heard it is not said
      }
      body = held != null ? held : body;
    }
    return body != null && !otherActor(s, agents, body) ? body : null;
  }

  private boolean governed(SentenceView s, int noun) {
    return s.children(noun).stream().anyMatch(c -> CASE.equals(s.deprel(c)) && prepositions.contains(s.lemma(c).toLowerCase(java.util.Locale.ROOT)));
  }

  /** The international body named as the meeting's genitive or on the noun itself ("Nato-Gipfel"). */
  private static ActorRef owner(SentenceView s, int noun) {
    Mention own = s.mention(noun);
    if (own != null && own.actor().country() != null && own.actor().country().startsWith(BODY)) {
      return own.actor();
    }
    for (int c : s.children(noun)) {
      Mention m = OWNER.contains(s.deprel(c)) ? s.mention(c) : null;
      if (m != null && m.actor().country() != null && m.actor().country().startsWith(BODY)) {
        return m.actor();
      }
    }
    return null;
  }

  /** Whether the sentence names a state's actor of another country than the agents' and the body's. */
  private static boolean otherActor(SentenceView s, List<ActorRef> agents, ActorRef body) {
    for (int t = 0; t < s.size(); t++) {
      Mention m = s.mention(t);
      String c = m == null || !FocusCountry.isState(m.actor()) ? null : m.actor().country(); // "im Nahen Osten" is no side
      if (c != null && !c.equals(body.country()) && agents.stream().noneMatch(a -> c.equals(a.country()))) {
        return true;
      }
    }
    return false;
  }
}
