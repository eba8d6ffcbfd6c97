package org.chronik.pipeline.events;

import java.util.Arrays;
import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;

/**
 * Whether an act whose target is not named may be aimed at the article's focus country: who may be
 * heard on it, and which acts, objects and sentences rule it out (ImplicitTarget asks, for the
 * GOVERNMENT targets of {@code codebooks/implicit-actors.tsv}). Stateless.
 */
final class FocusAim {
  /** The CAMEO sector of non-governmental organisations. */
  private static final String NGO = "NGO";

  private FocusAim() {}

  /**
   * Whether an outside speaker (an international organisation, a foreign non-governmental one) is
   * heard on the focus country: only where its sentence or one of the two before names that country
   * ("Ungarn verabschiedete ein Mediengesetz. Die EU verlangte eine Untersuchung."), the reach of
   * {@link Anaphora}'s antecedents. The focus of a
   * whole article is no target of an organisation's criticism told apart from it: on 10kGNAD and
   * Wikinews such guesses (a UN study's call on "the state", an MEP against "the Commission's plans"
   * in an article whose focus is the USA) were wrong; the sources of the focus country are always heard.
   */
  static boolean heardOnFocus(List<ActorRef> sources, String focus, SentenceView... sentences) {
    return sources.stream().allMatch(a -> focus.equals(a.country()))
        || Arrays.stream(sentences).anyMatch(s -> s != null && names(s, focus));
  }

  private static boolean names(SentenceView s, String country) {
    for (int i = 0; i < s.size(); i++) {
      Mention m = s.mention(i);
      if (m != null && m.actor() != null && country.equals(m.actor().country()) && FocusCountry.isState(m.actor())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence names a state (a country, its people, a body of it; no bloc or region such as
   * "europäisch") other than the focus country and the sources' own: the act may be aimed at that one as well as at the focus government.
   */
  private static boolean namesOtherState(SentenceView s, String focus, List<ActorRef> sources, java.util.Set<String> attribution) {
    for (int i = 0; i < s.size(); i++) {
      Mention m = attributed(s, i, attribution) ? null : s.mention(i); // "Laut BBC News liefen …": whom the news comes from is no aim
      String country = m == null || !FocusCountry.isState(m.actor()) ? null : m.actor().country();
      if (country != null && !country.equals(focus)
          && sources.stream().noneMatch(a -> country.equals(a.country()))) {
        return true;
      }
    }
    return false;
  }

  /** The word a token is glued below by flat or appos relations ("BBC News" → "BBC"), or the token itself. */
  private static int gluedHead(SentenceView s, int token) {
    int head = token;
    while (head >= 0 && (s.baseRel(head).equals("flat") || s.baseRel(head).equals("appos")) && s.head(head) >= 0) {
      head = s.head(head);
    }
    return head;
  }

  /** Whether the token is in an attribution phrase ("laut BBC News", "nach Angaben der BBC"): its name or a word glued flat below it. */
  private static boolean attributed(SentenceView s, int token, java.util.Set<String> attribution) {
    String p = s.preposition(gluedHead(s, token));
    return p != null && attribution.contains(p.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether an act without a named target may be aimed at the focus country's government: only when
   * its sources are of that country ("Die Opposition kritisierte das Gesetz"), international
   * organisations or non-governmental organisations (sector NGO) speaking on it. What a foreign state or party criticises, rejects or demands ("das
   * Manöver", "den Vorschlag", "Zugang zu den Akten") may be anyone's. Never when the object is a
   * personal pronoun (someone told of before) or a name (someone the actors stage does not know); nor
   * for an act named only as the genitive of another noun ("die Anführer der Protestaktion").
   */
  static boolean aimsAtFocus(List<ActorRef> sources, String focus, SentenceView s, int trigger, java.util.Set<String> attribution) {
    int phrase = gluedHead(s, trigger); // "der PAD-Protestaktion" is parsed "PAD - Protestaktion" with the act glued flat below the name
    if (!s.isVerbal(trigger) && s.baseRel(phrase).equals("nmod") && s.preposition(phrase) == null) {
      return false; // "die Anführer der Protestaktion": the act is only named, the sentence is about the leaders
    }
    for (int c : s.children(trigger)) {
      String rel = s.deprel(c);
      boolean object = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("iobj") || rel.equals("obl:arg");
      if (object && s.xpos(c) != null && s.xpos(c).startsWith("PRO:PER")) {
        return false; // "Sie wurden verurteilt": people told of before, not the government
      }
      if (object && s.upos(c).equals("PROPN")) {
        return false; // "Firtasch wird Korruption vorgeworfen": a name the actors stage does not know is still that one
      }
    }
    if (RebuttedActs.answers(s, trigger)) {
      return false; // "wies die Kritik zurück": aimed at the critics, who are not named
    }
    if (UnknownParty.named(s, trigger)) {
      return false; // "verweigerte dem Landeschef der Bürgerliste die Zustimmung": a party the actors stage does not know
    }
    if (namesOtherState(s, focus, sources, attribution)) {
      return false; // "kritisierte, wie das Gesetz der türkischen Bevölkerung vorgelegt wurde" in an article about France
    }
    // a foreign state or party: what it criticises or demands ("das Gesetz", "die Übung", "Zugang zu
    // den Akten") may be anyone's; on unseen news such guesses were wrong far more often than right
    // a non-governmental organisation ("Amnesty International verlangte eine Untersuchung") speaks on the
    // country it reports on, as an international organisation does; its seat is no side of the story
    return sources.stream().allMatch(a -> a.country() != null
        && (a.country().equals(focus) || a.country().startsWith("IGO") || NGO.equals(a.sector())));
  }

  /**
   * Whether the sources are bodies or people of the focus state's own side (none the country itself): what
   * they criticise, demand or protest against without naming anyone ("Der Innenminister sprach sich gegen die
   * Verfassungsänderung aus", "Die Wahlkommission verlangte eine Neuauszählung") is a domestic act, aimed at
   * the focus country itself rather than at a government they are part of. Never for the country or its
   * government as a whole ({@code government}): what they do to nobody named is no act on themselves.
   */
  static boolean domestic(List<ActorRef> sources, String focus, ActorRef government, SentenceView s) {
    return !sources.isEmpty() && sources.stream().allMatch(a -> focus.equals(a.country())
        && a.type() != org.chronik.model.ActorType.COUNTRY && !a.id().equals(government.id()) && !a.name().equals(government.name())
        && namedIn(s, a))
        && !namesAbroad(s, focus);
  }

  /**
   * Whether the sentence names the actor by a name or a noun, not only by a pronoun or from an earlier sentence: "Er
   * verurteilte die Aktion" may follow a foreign affair told before, whose party the pronoun's sentence does not show.
   */
  private static boolean namedIn(SentenceView s, ActorRef actor) {
    for (int i = 0; i < s.size(); i++) {
      Mention m = s.anyMention(i);
      if (m != null && m.actor() != null && m.actor().id().equals(actor.id()) && !m.kind().equals("PRONOUN")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence names an actor or a place of another country, or an international body ("auf einer Sitzung
   * der Afrikanischen Union", "bei einer Konferenz in New York"): what a state's own people criticise, reject or
   * demand there may be that one's affair.
   */
  static boolean namesAbroad(SentenceView s, String focus) {
    for (int i = 0; i < s.size(); i++) {
      Mention m = s.anyMention(i);
      if (m != null && m.actor() != null && m.actor().type() != org.chronik.model.ActorType.EVENT
          && m.actor().country() != null && !focus.equals(m.actor().country())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence names another state than the focus country (a country, its people or a body of it; no
   * international body): "Die Zölle seien rechtswidrig, sagte der Außenminister. Russland werde die USA auffordern, …"
   * — the unnamed thing judged just before may be that state's.
   */
  static boolean namesForeignState(SentenceView s, String focus) {
    for (int i = 0; i < s.size(); i++) {
      Mention m = s.anyMention(i);
      if (m != null && m.actor() != null && m.actor().type() != org.chronik.model.ActorType.EVENT && m.actor().country() != null
          && FocusCountry.isState(m.actor()) && !focus.equals(m.actor().country())) {
        return true;
      }
    }
    return false;
  }
}
