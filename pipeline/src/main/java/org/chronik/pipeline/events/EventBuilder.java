package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Article;
import org.chronik.model.DateSource;
import org.chronik.model.Event;
import org.chronik.model.EventCode;
import org.chronik.model.Mention;
import org.chronik.model.Modality;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * Builds one event from a matched act and its actor pair: the modality and the code it gives, the date,
 * the place, the reporter and the matched spans. One instance per document.
 */
final class EventBuilder {
  /**
   * One actor pair of a match.
   *
   * @param code the rule's code, or the joint code for actors acting together
   * @param implied an actor was taken from context (the rule id then says "@context")
   * @param antecedentDate the date of the earlier act an actor was taken from, or null
   */
  record Act(RuleMatcher.Match match, int trigger, String code, Arg source, Arg target, boolean mutual,
      boolean implied, PartialDate antecedentDate) {}

  private final EventCoder.Knowledge knowledge;
  private final Article article;
  private final EventDater dater;
  private final Anaphora anaphora;

  EventBuilder(EventCoder.Knowledge knowledge, Article article, EventDater dater, Anaphora anaphora) {
    this.knowledge = knowledge;
    this.article = article;
    this.dater = dater;
    this.anaphora = anaphora;
  }

  /** An event numbered {@code number}; an actor from an earlier sentence has token -1. */
  Event build(SentenceView s, List<SentenceView> paragraphBefore, Act act, int number) {
    int trigger = act.trigger();
    RuleMatcher.Match match = act.match();
    Arg source = act.source();
    Arg target = act.target();
    PartialDate antecedentDate = act.antecedentDate();
    ModalityDetector modality = knowledge.modality();
    // "Die Armee geht gegen die PKK vor": between an army and an armed group a coercive act is a fight
    String code = knowledge.armedActs().code(act.code(), match.rule().lemmas(), source.actor(), target.actor());
    ModalCoding.Coded coded = ModalCoding.of(knowledge, s, trigger, match.anchor(), code, source.actor(), source.token());
    if (coded.modality() == Modality.INTENT && ForecastChain.told(knowledge, s, trigger, paragraphBefore, anaphora.quotes())) {
      // "…, sagte der Arbeitsrechtsexperte. Die Kommission werde die Regierung auffordern": his forecast
      coded = new ModalCoding.Coded(knowledge.stateActs().code(code, source.actor()), Modality.HYPOTHETICAL);
    }
    Modality mod = coded.modality();
    EventCode eventCode = knowledge.codebook().get(coded.code());
    EventDater.Dated dated = dater.date(s, trigger, modality.pluperfect(s, trigger), modality.presentIntent(s, trigger), paragraphBefore);
    boolean ownDate = dated.source() == DateSource.EXPRESSION || dated.source() == DateSource.CONTEXT;
    PartialDate entry = ownDate ? null : ChronicleYears.year(s, paragraphBefore, knowledge.lexicon().lists());
    if (entry != null) { // "1972 – Der Kanzler besucht Polen": the chronicle entry's year
      dated = new EventDater.Dated(entry, DateSource.EXPRESSION);
      ownDate = true;
    }
    boolean remention = match.rule().kind() == EventRule.Kind.NOUN && anaphora.definite(s, trigger);
    // a re-mentioned act keeps its own date unless its clause dates it ("bezeichnen den Angriff als … und
    // verweisen auf einen Anschlag am 31. Dezember": that date is the other act's)
    if (antecedentDate != null && (!ownDate || remention && dated.source() != DateSource.EXPRESSION)) {
      dated = new EventDater.Dated(antecedentDate, DateSource.ANTECEDENT); // the re-mentioned act's own date
    }
    EventDater.Dated told = dated.source() == DateSource.NONE
        && ToldYears.past(s, trigger, modality.pluperfect(s, trigger), knowledge.lexicon().lists()) ? dater.told(s, paragraphBefore) : null;
    if (told != null) { // "Er war 2011 wiedergewählt worden. Kundgebungen dagegen wurden aufgelöst": 2011
      dated = told;
    }
    if (mod.reportable() && PastAsides.aside(s, trigger, dated.source(), knowledge.lexicon().lists())) {
      mod = Modality.HYPOTHETICAL; // "hatte X einst kritisiert" with no date told: a historical aside, not news
    }
    if (mod.reportable() && StandingActs.standing(s, trigger, dated.source(), knowledge.lexicon().lists())) {
      mod = Modality.HYPOTHETICAL; // "Die Miliz terrorisiert den Norden des Landes": what it does as a rule
    }
    List<Span> matched = new ArrayList<>();
    matched.add(s.token(trigger).span());
    if (match.anchor() >= 0) {
      matched.add(s.token(match.anchor()).span());
    }
    if (match.extra() >= 0) {
      matched.add(s.token(match.extra()).span());
    }
    for (Arg a : List.of(source, target)) {
      if (a.token() >= 0) {
        matched.add(s.token(a.token()).span());
      }
    }
    ActorRef reporter = knowledge.attribution().find(s.sentence, trigger, i -> ActorPhrase.actorRefOf(s, i));
    String place = knowledge.places().place(s, trigger);
    Mention attacked = place == null && target.token() >= 0 ? knowledge.places().placeAt(s, target.token()) : null;
    if (attacked != null && attacked.actor().type() == ActorType.LOCATION) {
      place = attacked.text(); // "beschoss Charkiw": the place the target was read from
    }
    return new Event(article.id() + "-ev" + number, s.sentence.span(), s.token(trigger).span(), source.actor(),
        target.actor(), act.mutual(), eventCode, dated.date(), dated.source(), place, mod, reporter,
        match.rule().id() + (act.implied() ? "@context" : ""), matched, null, source.from(), target.from());
  }
}
