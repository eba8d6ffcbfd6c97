package org.chronik.pipeline.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.model.io.Tsv;

/**
 * The target of an act of material force (the code prefixes of {@code words/scene-force-codes.txt}) whose
 * sentence names its agent but no one it falls on: the country where the force is used, when that is
 * another country than the agent's ("NATO-Truppen rückten in der Provinz Helmand vor" → Afghanistan); a
 * disputed place of {@code codebooks/disputed-places.tsv} stands for the claimant that is not the agent
 * ("Truppen des Nordens marschierten in Abyei ein" → South Sudan); force a state uses inside its own
 * country falls on the other side of the latest act of force the article told between that country and
 * another one (the conflict dyad in force). The last default of {@link ImplicitArguments}: only when every
 * other way found no target. README "Material force at its scene". One per document.
 */
final class ForceScene {
  static final String CODES = "scene-force-codes";
  static final String CIVIL = "force-civil-sectors";
  static final String STRUCK = "struck-places";
  /** How an agent counts as named by its sentence: read there, not taken from an act before or a default. */
  private static final Set<ArgumentSource> READ = java.util.EnumSet.of(ArgumentSource.SENTENCE, ArgumentSource.PRONOUN, ArgumentSource.DESCRIPTION, ArgumentSource.WORD_ORDER);
  static final String DISPUTED = "/codebooks/disputed-places.tsv";
  /** The relations of an agent the parse may have taken from the act's victim: an object, a name in apposition. */
  static final Set<String> LOOSE = Set.of("obj", "iobj", "appos");
  /** The roots whose acts tell the conflict dyad in force. */
  private static final Set<String> FORCE = IntStream.rangeClosed(15, 20).mapToObj(r -> String.format("%02d", r)).collect(Collectors.toSet());

  static final String TOPICS = "force-topic-prepositions";

  /** The roots of fighting that at home, with no foreign side told, falls on the state's own country. */
  private static final Set<String> HOME = Set.of("18", "19", "20");

  private final EventCoder.Knowledge knowledge;
  private final FocusCountry countries;
  private final Discourse discourse;
  private final StateScene scene;
  private final Set<String> codes;
  private final Set<String> civil;
  private final Set<String> struck;
  private final Set<String> topics;
  private final Map<String, List<String>> disputed;

  ForceScene(EventCoder.Knowledge knowledge, FocusCountry countries, Discourse discourse, StateScene scene) {
    this.knowledge = knowledge;
    this.countries = countries;
    this.discourse = discourse;
    this.scene = scene;
    this.codes = knowledge.lexicon().lists().words(CODES);
    this.civil = knowledge.lexicon().lists().words(CIVIL);
    this.struck = knowledge.lexicon().lists().words(STRUCK);
    this.topics = knowledge.lexicon().lists().words(TOPICS);
    this.disputed = claimants(DISPUTED);
  }

  /**
   * The side the force falls on, or null: see the class comment. Only for agents the sentence itself names
   * (not taken from an act before); a foreign scene only from a place phrase of the sentence, not from the
   * article's focus; a person's fight ("kämpfte in Syrien") is no state's; fighting at home falls on the
   * own country only where armed men fight, not a civil body ({@code words/force-civil-sectors.txt}:
   * "Der Bürgermeister kämpft um sein Amt").
   */
  ActorRef target(SentenceView s, int trigger, String code, List<ArgumentFinder.Arg> found) {
    if (found.isEmpty() || codes.stream().noneMatch(code::startsWith) || found.stream().anyMatch(a -> !READ.contains(a.from()))) {
      return null;
    }
    List<ActorRef> sources = found.stream().map(ArgumentFinder.Arg::actor).toList();
    String own = sources.get(0).country();
    if (own == null || sources.stream().anyMatch(a -> !own.equals(a.country()))) {
      return null;
    }
    String claimant = otherClaimant(s, own);
    if (claimant != null) {
      return countries.actor(claimant);
    }
    boolean person = sources.stream().anyMatch(a -> a.type() == ActorType.PERSON);
    boolean armed = !person && sources.stream().allMatch(a -> a.sector() == null || !civil.contains(a.sector().toLowerCase(java.util.Locale.ROOT)));
    String placed = knowledge.places().country(s, trigger);
    String abroad = knowledge.places().targetCountry(s, trigger); // not a town told by a state's adjective: "in einem indischen Dorf"
    if (placed != null && !placed.equals(own)) {
      if (abroad == null || !abroad.equals(placed)) {
        return null;
      }
      return armed ? countries.actor(placed) : null; // "Ein Franzose kämpfte in Syrien": a citizen's fight, no state's
    }
    String where = scene.country(s, trigger);
    if (where == null || !where.equals(own)) {
      return null;
    }
    ActorRef adversary = adversary(s.sentence.index(), own, sources);
    // fighting at home with no foreign side told: the state's own insurgents, X→X (not a show of force, 15);
    // not where it strikes a place the sentence does not place ("bombardierte Dörfer": perhaps across the border)
    // nor where the act is a noun talked about or recalled ("machte keine Angaben zu den Anschlägen"): a topic, not a telling
    boolean placedHome = (own.equals(placed) || placed == null && !struckPlace(s, trigger)) && !placeElsewhere(s, own) && !topic(s, trigger);
    return adversary != null || !HOME.stream().anyMatch(code::startsWith) || !armed || !placedHome ? adversary : countries.actor(own);
  }

  /**
   * An act noun in a phrase of {@code words/force-topic-prepositions.txt} ("zu den Anschlägen keine Angaben machen", "an
   * frühere Anschläge erinnern"), or hung on another noun ("Berichte über Gefechte"): the act is talked about, not told.
   */
  private boolean topic(SentenceView s, int trigger) {
    String preposition = s.preposition(trigger);
    return s.upos(trigger).equals("NOUN") && (s.baseRel(trigger).equals("nmod")
        || preposition != null && topics.contains(preposition.toLowerCase(java.util.Locale.ROOT)));
  }

  /** The sentence names a place of another country anywhere ("setzte die Bombardierung Aleppos fort"). */
  private static boolean placeElsewhere(SentenceView s, String own) {
    for (int k = 0; k < s.size(); k++) {
      Mention m = s.anyMention(k);
      boolean place = m != null && (m.actor().type() == ActorType.LOCATION || m.actor().type() == ActorType.COUNTRY);
      if (place && m.actor().country() != null && !m.actor().country().equals(own)) {
        return true;
      }
    }
    return false;
  }

  /** A patient phrase of the act is a place or building a strike hits ({@code words/struck-places.txt}, compounds too). */
  private boolean struckPlace(SentenceView s, int trigger) {
    for (int c : s.children(trigger)) {
      String rel = s.deprel(c);
      String lemma = s.lemma(c).toLowerCase(java.util.Locale.ROOT);
      if ((rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("nmod")) && struck.stream().anyMatch(lemma::endsWith)) {
        return true;
      }
    }
    return false;
  }

  /** The claimant other than {@code own} of a disputed place the sentence names; null when {@code own} claims none named. */
  private String otherClaimant(SentenceView s, String own) {
    for (int k = 0; k < s.size(); k++) {
      Mention m = s.anyMention(k);
      List<String> claim = m == null || m.actor().type() != ActorType.LOCATION ? null : disputed.get(m.actor().name());
      if (claim != null && claim.contains(own)) {
        return claim.stream().filter(c -> !c.equals(own)).findFirst().orElse(null);
      }
    }
    return null;
  }

  /** The target of the latest act of force the agents' country did to another one; else null. */
  private ActorRef adversary(int sentence, String own, List<ActorRef> sources) {
    for (Discourse.Act act : discourse.namedActs(0, sentence, FORCE)) {
      // only acts the country did itself: where it was the target, the scene may have given it ("US-Truppen rückten in Helmand vor")
      ActorRef other = own.equals(act.source().country()) ? act.target() : null;
      if (other != null && other.country() != null && !other.country().equals(own) && sources.stream().noneMatch(a -> Sides.same(a, other))) {
        return countries.actor(other.country());
      }
    }
    return null;
  }

  private static Map<String, List<String>> claimants(String resource) {
    Tsv.Table table = Tsv.Table.of(Tsv.resource(ForceScene.class, resource), resource);
    Map<String, List<String>> out = new java.util.HashMap<>();
    for (Tsv.Row row : table.rows()) {
      List<String> claim = List.of(table.get(row, "claimants").split("\\|"));
      if (claim.size() < 2 || claim.stream().anyMatch(c -> !c.matches("[A-Z]{3}"))) {
        throw new IllegalArgumentException(row.where() + ": expected a place and two or more country keys: \"" + String.join("\t", row.fields()) + "\"");
      }
      out.put(table.get(row, "place"), claim);
    }
    return Map.copyOf(out);
  }
}
