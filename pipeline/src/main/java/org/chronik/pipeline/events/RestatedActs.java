package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Event;
import org.chronik.model.Span;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * An act told again that names nobody new, marked a duplicate of its first mention as {@code EventCoder} marks the
 * same act told with the same actors: it is no second act.
 *
 * <p>In a later sentence: "Die Polizei nahm zwölf Demonstranten fest. Bei der Räumung seien zwölf Aktivisten
 * festgenommen worden" (the arrests again, their agent taken from the sentence before), "Beide Märsche blieben
 * friedlich" (the marches again, held by the crowd of a protest). A later event restates an earlier one (not itself
 * a duplicate, in an earlier sentence) when both have the same modality and date, the same code — or, for an act
 * noun ("diese Kundgebung"), the same CAMEO root — and each side of the later is the earlier one's own actor or a
 * stand-in for it, a nameless group ("Aktivisten") or an actor the later sentence does not name (taken from context
 * or implied) of the same country and sector, and at least one side is not named in the later sentence. A later
 * mention that names a side anew (a person, a group of another sector) or a verb of another code ("warfen Steine"
 * after the march) stays an act of its own.
 *
 * <p>In the same sentence: the protest noun a call verb holds ("rief zu Protesten gegen die Regierung auf") is the
 * call's content, told as intended ({@link CalledActs}); when the call verb itself is coded with the same actors (a
 * call to rally opposition), the noun's event restates that call. Stateless.
 */
final class RestatedActs {
  /** Where a side was read when its sentence does not name it. */
  private static final Set<ArgumentSource> UNNAMED = Set.of(ArgumentSource.ANTECEDENT, ArgumentSource.IMPLICIT);
  static final String DETERMINERS = "restating-determiners";
  static final String FURTHER = "further-acts";

  private RestatedActs() {}

  /** How the later mention tells its act: by a noun or a verb, with a restating determiner, marked as a further act. */
  record Told(boolean noun, boolean restating, boolean further) {
    static final Told VERB = new Told(false, false, false);
  }

  /** The events, each act told again marked a duplicate of its first mention. */
  static List<Event> apply(List<Event> events, List<SentenceView> sentences, ModalityCues cues, WordLists lists) {
    Map<String, String> firsts = new HashMap<>(); // an event marked here → the first mention it restates
    for (Event e : events) {
      if (e.duplicateOf() == null) {
        Told told = told(e, sentences, lists);
        for (Event f : events) {
          if (f != e && f.duplicateOf() == null && (restates(e, f, told) || called(e, f, sentences, cues))) {
            firsts.put(e.id(), firsts.getOrDefault(f.id(), f.id()));
            break;
          }
        }
      }
    }
    return events.stream().map(e -> firsts.containsKey(e.id()) ? e.asDuplicateOf(firsts.get(e.id())) : e).toList();
  }

  /**
   * Whether {@code later} tells again the act of {@code earlier}, told in a sentence before: the same code, or for an
   * act noun the same root when the noun has a restating determiner ("diese Kundgebung" after stones thrown at a
   * rally) or names the root's general act ("der Angriff" after an air strike; not "der Beschuss" after an offensive).
   */
  static boolean restates(Event later, Event earlier, Told told) {
    if (!paired(later) || !paired(earlier) || told.further() || earlier.evidence().end() > later.evidence().begin()) {
      return false;
    }
    String code = later.code().code();
    boolean kind = code.equals(earlier.code().code())
        || told.noun() && root(later).equals(root(earlier)) && (told.restating() || code.length() == 3 && code.endsWith("0"));
    boolean unnamed = UNNAMED.contains(later.sourceFrom()) || UNNAMED.contains(later.targetFrom());
    return unnamed && kind && later.modality() == earlier.modality() && Objects.equals(later.date(), earlier.date())
        && standsFor(later.source(), later.sourceFrom(), earlier.source())
        && standsFor(later.target(), later.targetFrom(), earlier.target());
  }

  /** The later side is the earlier actor, or a nameless group or unnamed actor of its country and sector. */
  private static boolean standsFor(ActorRef later, ArgumentSource from, ActorRef earlier) {
    if (later.id().equals(earlier.id())) {
      return true;
    }
    // a nameless group stands for a group ("Aktivisten" for "Studenten"), never for a person named before
    return later.country() != null && later.country().equals(earlier.country()) && Objects.equals(later.sector(), earlier.sector())
        && (later.type() == ActorType.GROUP && earlier.type() == ActorType.GROUP || UNNAMED.contains(from));
  }

  /** Whether {@code noun} is the act noun that the call verb of {@code call}, with the same actors, holds. */
  private static boolean called(Event noun, Event call, List<SentenceView> sentences, ModalityCues cues) {
    if (!paired(noun) || !paired(call) || !noun.evidence().equals(call.evidence()) || !noun.source().id().equals(call.source().id())
        || !noun.target().id().equals(call.target().id())) {
      return false;
    }
    for (SentenceView s : sentences) {
      if (s.sentence.span().equals(noun.evidence())) {
        int t = tokenAt(s, noun.trigger());
        if (t < 0 || s.isVerbal(t)) {
          return false;
        }
        int held = t;
        for (int guard = 0; guard < 3 && s.baseRel(held).equals("conj") && s.head(held) >= 0; guard++) {
          held = s.head(held); // "zu Streiks und Protesten"
        }
        int governor = s.head(held);
        // held by the call verb's preposition, whatever code the called act was recoded to
        return governor >= 0 && s.token(governor).span().equals(call.trigger())
            && cues.all(Kind.CALLED, Where.CODE).stream().anyMatch(code -> CalledActs.called(cues, s, t, code));
      }
    }
    return false;
  }

  /** How the event's sentence tells it (words: {@code words/restating-determiners.txt}, {@code words/further-acts.txt}). */
  private static Told told(Event e, List<SentenceView> sentences, WordLists lists) {
    for (SentenceView s : sentences) {
      if (e.trigger() != null && s.sentence.span().begin() <= e.trigger().begin() && e.trigger().end() <= s.sentence.span().end()) {
        int t = tokenAt(s, e.trigger());
        if (t < 0) {
          return Told.VERB;
        }
        boolean further = false;
        for (Span m : e.matched()) {
          int i = tokenAt(s, m);
          further |= i >= 0 && marked(s, i, lists.words(FURTHER), Set.of("advmod", "amod", "det"));
        }
        return new Told(!s.isVerbal(t), !s.isVerbal(t) && marked(s, t, lists.words(DETERMINERS), Set.of("det")), further);
      }
    }
    return Told.VERB;
  }

  private static boolean marked(SentenceView s, int head, Set<String> words, Set<String> relations) {
    for (int c : s.children(head)) {
      if (relations.contains(s.baseRel(c))
          && (words.contains(s.lemma(c).toLowerCase(Locale.ROOT)) || words.contains(s.word(c).toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  private static int tokenAt(SentenceView s, Span trigger) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).span().equals(trigger)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean paired(Event e) {
    return e.source() != null && e.target() != null && e.evidence() != null && e.trigger() != null;
  }

  private static String root(Event e) {
    return e.code().code().substring(0, 2);
  }
}
