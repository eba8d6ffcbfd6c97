package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.ArgumentFinder.Arg;
import org.chronik.pipeline.events.CaseReader.Case;

/**
 * A fallback for broken parses, by word order as the classic coders read actors: where a verb
 * rule's dependency slots find no source, the actor that alone fills the clause's first position
 * before the finite verb ("Die Afrikanische Union (AU) suspendierte … Niger", the parser having lost the
 * subject); where they find no target, the nearest actor after the finite verb in the same clause
 * whose case the rule's (bare) target slot allows. Only in an active main clause with a
 * finite verb, never across a comma, quotation mark, dash, conjunction or another verb, never a
 * place, time or adjective mention, and only where the parser offers no other phrase for the role.
 * German: it reads verb-second main clauses (the source in the first position, the finite verb
 * second); another language needs its own clause reading.
 */
final class GermanClauseOrder {
  /** The mention kinds that may stand for a party here; adjectives ("russische") and pronouns are read by others. */
  private static final Set<String> KINDS = Set.of("NAME", "ALIAS", "TITLE", "GROUP", "NER", "METONYM");
  private static final Set<String> BRACKETS = Set.of("(", ")");

  private GermanClauseOrder() {}

  /** The sources to use: those found, else the one actor of the clause's first position. */
  static List<Arg> source(SentenceView s, CaseReader cases, int trigger, EventRule rule, List<Arg> found, List<Arg> targets) {
    if (!found.isEmpty() || !applies(s, trigger, rule) || rule.source().stream().noneMatch(x -> x.type() == Slot.Type.NSUBJ)) {
      return found;
    }
    int[] clause = clause(s, trigger);
    int finite = finite(s, trigger, clause);
    if (finite < 0) {
      return found;
    }
    int[] m = mentionAt(s, clause[0], finite);
    if (m == null || m[1] >= finite || taken(s, m, targets)) {
      return found;
    }
    for (int t = m[1] + 1; t < finite; t++) {
      if (s.isVerbal(t)) {
        return found; // the first position is one phrase, headed by the actor
      }
    }
    int head = head(s, m);
    Set<Case> c = cases.cases(s, head);
    if (!(c.isEmpty() || c.contains(Case.NOM)) || !parserOffersNone(s.subjects(trigger), m) || !parserOffersNone(s.subjects(finite), m)) {
      return found;
    }
    return List.of(new Arg(s.mention(head).actor(), head, ArgumentSource.WORD_ORDER));
  }

  /** The targets to use: those found, else the nearest actor after the finite verb that the target slots allow. */
  static List<Arg> target(SentenceView s, CaseReader cases, RuleMatcher.Match match, int trigger, List<Arg> sources, List<Arg> found) {
    EventRule rule = match.rule();
    // the source must be read in this sentence: an object-first clause would otherwise give its subject as the target
    if (!found.isEmpty() || sources.isEmpty() || sources.stream().anyMatch(a -> a.token() < 0) || rule.mutual()
        || !applies(s, trigger, rule)) {
      return found;
    }
    int[] clause = clause(s, trigger);
    int finite = finite(s, trigger, clause);
    if (finite < 0) {
      return found;
    }
    for (int t = finite + 1; t <= clause[1]; t++) {
      int[] m = mentionAt(s, t, clause[1] + 1);
      if (m == null || s.inTime(m[0])) {
        continue;
      }
      if (taken(s, m, sources)) {
        t = m[1];
        continue; // the subject after the finite verb ("Am Montag griff Russland …")
      }
      int head = head(s, m);
      if (!parserOffersNone(Dependents.objects(s, trigger, match.anchor()), m)) {
        return found; // the parser read another phrase as the object
      }
      Attachment a = attachment(s, m[0], clause[0]);
      if (a == Attachment.PREPOSITION) {
        t = m[1];
        continue; // a place, time or topic phrase ("in Syrien"): the verb's target is a bare phrase
      }
      Set<Case> c = cases.cases(s, head);
      for (Slot slot : rule.target()) {
        boolean fits = a == Attachment.BARE && switch (slot.type()) {
          case OBJ -> c.isEmpty() || c.contains(Case.ACC);
          case IOBJ -> c.isEmpty() || c.contains(Case.DAT);
          default -> false;
        };
        if (fits) {
          return List.of(new Arg(s.mention(head).actor(), head, ArgumentSource.WORD_ORDER));
        }
      }
      return found; // the nearest bare phrase is no target: nothing further is read
    }
    return found;
  }

  /** A verb rule on an active verb. */
  private static boolean applies(SentenceView s, int trigger, EventRule rule) {
    return rule.kind() == EventRule.Kind.VERB && !s.isPassive(trigger);
  }

  /** First and last token of the clause around the trigger: up to a boundary on each side. */
  private static int[] clause(SentenceView s, int trigger) {
    Set<Integer> group = group(s, trigger);
    int from = trigger;
    while (from > 0 && !boundary(s, from - 1, group)) {
      from--;
    }
    int to = trigger;
    while (to < s.size() - 1 && !boundary(s, to + 1, group)) {
      to++;
    }
    return new int[] {from, to};
  }

  /** The trigger and its auxiliaries, modals and separable particle. */
  private static Set<Integer> group(SentenceView s, int trigger) {
    Set<Integer> out = new HashSet<>();
    out.add(trigger);
    for (int c : s.children(trigger)) {
      String rel = s.baseRel(c);
      if (rel.equals("aux") || rel.equals("compound") && s.deprel(c).equals("compound:prt")) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean boundary(SentenceView s, int t, Set<Integer> group) {
    String u = s.upos(t);
    // a hyphen inside a name ("Moslem-Bruderschaft", split by the tokenizer) does not end the clause
    boolean punct = u.equals("PUNCT") && !BRACKETS.contains(s.word(t)) && s.anyMention(t) == null;
    return punct || u.equals("SCONJ") || u.equals("CCONJ")
        || s.isVerbal(t) && !group.contains(t);
  }

  /** The finite verb of the trigger's group when it is the clause's second position (V2 main clause), else -1. */
  private static int finite(SentenceView s, int trigger, int[] clause) {
    for (int t : group(s, trigger)) {
      if (s.isFinite(t) && t > clause[0] && t <= clause[1]) {
        return t;
      }
    }
    return -1;
  }

  /**
   * The actor mention that starts at {@code from} after determiners and adjectives only and ends
   * before {@code limit}, as [first, last] token; null when another word comes first or it is no party kind.
   */
  private static int[] mentionAt(SentenceView s, int from, int limit) {
    int t = from;
    while (t < limit && s.mention(t) == null && Set.of("DET", "ADJ", "NUM").contains(s.upos(t))) {
      t++;
    }
    Mention m = t < limit ? s.mention(t) : null;
    if (m == null || !KINDS.contains(m.kind())) {
      return null;
    }
    int last = t;
    while (last + 1 < limit && m.equals(s.mention(last + 1))) {
      last++;
    }
    return new int[] {t, last};
  }

  /** The token of the mention whose head lies outside it: the phrase head for case. */
  private static int head(SentenceView s, int[] m) {
    for (int t = m[0]; t <= m[1]; t++) {
      if (s.head(t) < m[0] || s.head(t) > m[1]) {
        return t;
      }
    }
    return m[1];
  }

  /** How a phrase stands in its clause: after a preposition, on a noun before it, or on its own. */
  private enum Attachment { PREPOSITION, ON_NOUN, BARE }

  /**
   * A phrase after a preposition ("in Syrien"); one on the noun before it ("die Haltung Russlands",
   * "der Regierung von Präsidentin X": a bare title noun after an article or a preposition); else
   * bare ("am Montag Italien", "Politik Verteidigungsminister X": a title without article starts a
   * new phrase).
   */
  private static Attachment attachment(SentenceView s, int first, int clauseStart) {
    int t = skipModifiers(s, first - 1, clauseStart);
    if (t < clauseStart) {
      return Attachment.BARE;
    }
    if (s.upos(t).equals("ADP")) {
      return Attachment.PREPOSITION;
    }
    if (s.upos(t).equals("NOUN") && !s.inTime(t)) {
      int before = skipModifiers(s, t - 1, clauseStart);
      boolean ownArticle = before < t - 1 || before >= clauseStart && s.upos(before).equals("ADP");
      return ownArticle ? Attachment.ON_NOUN : Attachment.BARE;
    }
    return Attachment.BARE;
  }

  private static int skipModifiers(SentenceView s, int from, int clauseStart) {
    int t = from;
    while (t >= clauseStart && Set.of("DET", "ADJ", "NUM").contains(s.upos(t))) {
      t--;
    }
    return t;
  }

  /** True when an argument was read from the mention (from one of its tokens, or another token of the same mention). */
  private static boolean taken(SentenceView s, int[] m, List<Arg> args) {
    Mention here = s.mention(m[0]);
    return args.stream().anyMatch(a -> a.token() >= m[0] && a.token() <= m[1] || a.token() >= 0 && here.equals(s.mention(a.token())));
  }

  /** True when the parser names no phrase for the role outside the mention. */
  private static boolean parserOffersNone(List<Integer> heads, int[] m) {
    List<Integer> outside = new ArrayList<>(heads);
    outside.removeIf(h -> h >= m[0] && h <= m[1]);
    return outside.isEmpty();
  }
}
