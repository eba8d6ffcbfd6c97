package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Event;
import org.chronik.model.PartialDate;

/**
 * What the article has said in the last sentences, for acts whose actors the sentence leaves to the
 * reader: an agentless passive after an act with a named agent ("Die Armee griff X an. Dabei wurden
 * zehn Kämpfer getötet."), or a nominal re-mention ("Der Luftangriff fand am Flughafen statt").
 * One per document; sentences are recorded in order as they are coded.
 */
final class Discourse {
  /** How many sentences back an implicit actor may come from: within the paragraph, or the sentence just before. */
  private static final int REACH = 2;
  /** An act told; {@code named}: its agent was read from the text, not taken from an earlier act or a codebook default. */
  private record Said(int sentence, ActorRef source, ActorRef target, String root, PartialDate date, boolean named) {}

  /**
   * How far back an actor may come from: the sentences within {@code REACH} of this one that are in its
   * paragraph or just before it; or, for a definite re-mention ("Der Luftangriff …"), the whole article.
   */
  record Reach(int sentence, int paragraphStart) {
    static final Reach ARTICLE = new Reach(Integer.MAX_VALUE, 0);

    boolean covers(int earlier, int now) {
      if (sentence == Integer.MAX_VALUE) {
        return earlier <= now;
      }
      return earlier <= now && now - earlier <= REACH && (earlier >= paragraphStart || earlier == now - 1);
    }
  }

  /** An actor taken from an earlier act, with that act's date; or (codebook) a default for its kind of act. */
  record Antecedent(ActorRef actor, PartialDate date, boolean codebook) { Antecedent(ActorRef actor, PartialDate date) { this(actor, date, false); } }

  private final Codebook codebook;
  private final List<Said> acts = new ArrayList<>();
  /** Acts told with an agent and no target, for {@link #authorOfLast} and a definite re-mention's {@link #agent}. */
  private final List<Said> untargeted = new ArrayList<>();

  Discourse(Codebook codebook) { this.codebook = codebook; }
  /** With the CAMEO codebook (loaded once: {@link Codebook#cameo}). */
  Discourse() { this(Codebook.cameo()); }

  /** A root of verbal cooperation or conflict (CAMEO quad 1 or 3): an act of words. */
  private boolean verbal(String root) { return codebook.find(root).map(c -> c.quad() == 1 || c.quad() == 3).orElse(false); }

  /** Records a coded, reportable event. */
  void event(int sentence, Event e) {
    if (e.reportable()) {
      acts.add(new Said(sentence, e.source(), e.target(), e.code().root(), e.date(),
          e.sourceFrom() != ArgumentSource.ANTECEDENT && e.sourceFrom() != ArgumentSource.IMPLICIT));
    }
  }

  /**
   * The implicit agent of an act in this sentence: the source of the latest act of one of these
   * roots (its own, or kindred acts: codebooks/implicit-actors.tsv) within reach, if it is of another
   * country than every target ("Israel griff X an. Dabei wurden Y bombardiert."); else null. An act of
   * words counts only when it was on the side of one of the targets; for a definite re-mention
   * ({@link Reach#ARTICLE}) an act of words told without a target in this or the two sentences before
   * counts too (README "Re-mentioned acts of words").
   */
  Antecedent agent(int sentence, Reach reach, Set<String> roots, List<ActorRef> targets) {
    Said latest = latestSaid(acts, sentence, reach, roots, true, targets);
    // words re-mentioned are words on the same party: "Die EU kritisierte Ungarn. Die Kritik an Polen wächst"
    // is another criticism, of no known author
    boolean other = latest != null && verbal(latest.root()) && targets.stream().noneMatch(t -> Sides.same(t, latest.target()));
    Said coded = other ? null : latest;
    // an act told without a target is a nearer mention than a coded one before it: for a definite re-mention
    // ("Der Generalsekretär prangerte Morde an. Die Vorwürfe …") only an act of words (a material act told without
    // a target is a reading gap there); within reach, for an act that takes kindred acts' agent (several roots), a
    // material act of one side ("Die Armee begann eine Offensive. Dabei wurden …"; README "Untargeted operations").
    Said near = latestSaid(untargeted, sentence, reach == Reach.ARTICLE ? new Reach(sentence, sentence - REACH) : reach, roots, true, targets);
    Said bare = near == null ? null : reach == Reach.ARTICLE ? (verbal(near.root()) ? near : null)
        : !verbal(near.root()) && roots.size() > 1 && untargeted.stream().allMatch(y -> y.sentence() != near.sentence() || Sides.same(y.source(), near.source())) ? near : null;
    Said x = bare != null && (coded == null || bare.sentence() > coded.sentence()) ? bare : coded;
    return x != null && against(x.source(), targets) ? new Antecedent(x.source(), x.date()) : null;
  }

  /**
   * The one agent of all acts of these roots the article has told before this sentence, when they
   * are all of one side ("Die NATO griff … an … Bei einem Raketenangriff waren zwölf Menschen getötet
   * worden"), and it may act on the targets (as for {@link #agent}); null when there were none, or
   * agents of two sides.
   */
  Antecedent soleAgent(int sentence, Set<String> roots, List<ActorRef> targets) {
    Said last = null;
    for (Said x : acts) {
      if (x.sentence() >= sentence || !roots.contains(x.root()) || x.source() == null) {
        continue;
      }
      if (last != null && !Sides.same(last.source(), x.source())) {
        return null;
      }
      last = x;
    }
    if (last == null) {
      return null;
    }
    ActorRef agent = last.source();
    boolean fits = targets.stream().noneMatch(t -> t.id().equals(agent.id())) && against(agent, targets);
    return fits ? new Antecedent(agent, last.date()) : null;
  }

  /** An agent may act on these targets: of another country than each, or of another camp within one. */
  static boolean against(ActorRef agent, List<ActorRef> targets) {
    return agent.country() != null
        && targets.stream().allMatch(t -> !agent.country().equals(t.country()) || otherCamp(agent, t));
  }

  /**
   * Two actors of one country in different camps: neither the state itself nor its government on
   * both sides, and of different sectors ("Rebellen … Dabei wurden Soldaten getötet", "die Polizei …
   * Demonstranten"); the army and soldiers, the government and a ministry, the army and an embassy are one camp.
   */
  private static boolean otherCamp(ActorRef agent, ActorRef target) {
    return !Sides.same(agent, target) && agent.sector() != null && target.sector() != null && !agent.sector().equals(target.sector())
        && !(STATE_ORGANS.contains(agent.sector()) && STATE_ORGANS.contains(target.sector()));
  }

  /** CAMEO sectors of a state's own organs: its army does not attack its embassy ("den Angriff auf die US-Botschaft"). */
  private static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "LEG", "JUD");

  /**
   * Whether this sentence has already told an act of one of these roots by another side than {@code
   * agent}: "Er organisierte Anschläge … – den Angriff am 27. Dezember eingeschlossen –" re-mentions
   * none of the attacks told before, it names one of his.
   */
  boolean otherSideHere(int sentence, Set<String> roots, ActorRef agent) {
    return acts.stream().anyMatch(x -> x.sentence() == sentence && roots.contains(x.root()) && x.source() != null
        && !Sides.same(x.source(), agent));
  }

  /** The implicit target of a re-mentioned act: the target of the latest act of one of these roots within reach. */
  Antecedent target(int sentence, Reach reach, Set<String> roots, List<ActorRef> sources) {
    return latest(acts, sentence, reach, roots, false, sources);
  }

  /** Both actors of an earlier act, with its date. */
  record Act(ActorRef source, ActorRef target, PartialDate date, int sentence) {}

  /**
   * The latest act of one of these roots within reach, for a passive that names neither agent nor
   * patient actor ("Israel griff Gaza an. Dabei wurden 40 Ziele bombardiert."); else null.
   */
  Act act(int sentence, Reach reach, Set<String> roots) {
    for (int k = acts.size() - 1; k >= 0; k--) {
      Said x = acts.get(k);
      if (reach.covers(x.sentence(), sentence) && roots.contains(x.root()) && x.source() != null && x.target() != null) {
        return new Act(x.source(), x.target(), x.date(), x.sentence());
      }
    }
    return null;
  }

  /** The acts of these roots with both sides, their agent named in the text, told from sentence {@code from} up to {@code sentence}, latest first. */
  List<Act> namedActs(int from, int sentence, Set<String> roots) { return acts(from, sentence, roots, true); }

  /** As {@link #namedActs}; with {@code named} false also those whose agent came from an earlier act or a default. */
  List<Act> acts(int from, int sentence, Set<String> roots, boolean named) {
    return java.util.stream.IntStream.range(0, acts.size()).mapToObj(k -> acts.get(acts.size() - 1 - k))
        .filter(x -> x.sentence() >= from && x.sentence() <= sentence && roots.contains(x.root()) && (x.named() || !named) && x.source() != null && x.target() != null)
        .map(x -> new Act(x.source(), x.target(), x.date(), x.sentence())).toList();
  }

  /** The agent of the latest act of one of these roots anywhere before, not on the side of {@code not}; else null. */
  Antecedent agentOfLast(int sentence, Set<String> roots, List<ActorRef> not) {
    return agentOf(last(acts, sentence, roots), not);
  }

  /**
   * Records a reportable act whose agent the sentence names but no target ("Ägypten schlug eine
   * Resolution vor"): no event, but an act a later sentence may name by its noun.
   */
  void untargeted(int sentence, ActorRef source, String root) {
    untargeted.add(new Said(sentence, source, null, root, null, true));
  }

  /**
   * The agent of the latest act of one of these roots anywhere before, coded or told without a target
   * ("Ägypten schlug eine Resolution vor. Die EU begrüßte den Vorschlag" → Egypt), not on the side of
   * {@code not}; a coded act wins over an untargeted one of the same sentence, and an untargeted one,
   * a weaker mention, counts only within {@code REACH} sentences.
   */
  Antecedent authorOfLast(int sentence, Set<String> roots, List<ActorRef> not) {
    Said coded = last(acts, sentence, roots);
    Said near = last(untargeted, sentence, roots);
    Said bare = near != null && sentence - near.sentence() <= REACH ? near : null;
    return agentOf(bare != null && (coded == null || bare.sentence() > coded.sentence()) ? bare : coded, not);
  }

  /**
   * The agent of the nearest act of one of these roots, coded or told without a target, in this or the
   * {@code back} sentences before, when it is of another country than each of {@code not} ("Ägypten schlug
   * eine Zone vor. … Die EU begrüßte den Vorstoß" → Egypt); a coded act wins in one sentence; else null.
   */
  Antecedent nearestForeignAuthor(int sentence, int back, Set<String> roots, List<ActorRef> not) {
    Said coded = last(acts, sentence, roots);
    Said bare = last(untargeted, sentence, roots);
    Said x = bare != null && (coded == null || bare.sentence() > coded.sentence()) ? bare : coded;
    boolean foreign = x != null && sentence - x.sentence() <= back && x.source().country() != null
        && not.stream().noneMatch(a -> x.source().country().equals(a.country()));
    return foreign ? new Antecedent(x.source(), x.date()) : null;
  }

  private static Said last(List<Said> said, int sentence, Set<String> roots) {
    for (int k = said.size() - 1; k >= 0; k--) {
      Said x = said.get(k);
      if (x.sentence() <= sentence && roots.contains(x.root()) && x.source() != null) {
        return x;
      }
    }
    return null;
  }

  private static Antecedent agentOf(Said x, List<ActorRef> not) {
    return x == null || not.stream().anyMatch(a -> Sides.same(a, x.source())) ? null : new Antecedent(x.source(), x.date());
  }

  private static Antecedent latest(List<Said> said, int sentence, Reach reach, Set<String> roots, boolean source,
      List<ActorRef> not) {
    Said x = latestSaid(said, sentence, reach, roots, source, not);
    return x == null ? null : new Antecedent(source ? x.source() : x.target(), x.date());
  }

  private static Said latestSaid(List<Said> said, int sentence, Reach reach, Set<String> roots, boolean source,
      List<ActorRef> not) {
    for (int k = said.size() - 1; k >= 0; k--) {
      Said x = said.get(k);
      if (!reach.covers(x.sentence(), sentence)) {
        continue;
      }
      ActorRef actor = source ? x.source() : x.target();
      if (actor == null || !roots.contains(x.root())) {
        continue;
      }
      if (not.stream().noneMatch(o -> o.id().equals(actor.id()))) {
        return x;
      }
    }
    return null;
  }
}
