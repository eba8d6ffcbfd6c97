package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.io.Tsv;

/**
 * The frame of an act noun's own phrase ({@code lang/<iso>/events/noun-frames.tsv}): which role a
 * prepositional dependent of the noun plays, by the noun's class (the CAMEO root of its rule) and the
 * preposition. "die Ratifizierung durch den Kongress", "Kritik seitens der Kirche", "Raketenangriffe aus
 * dem Gazastreifen" name the act's author whatever the noun; an act someone answers was aimed at the one
 * who answers ("Russlands Reaktion auf die Sanktionen": AnsweredAct). Applied once, when the lexicon is loaded:
 * every noun rule of a frame's roots that does not name the preposition itself gets the frame's slot,
 * after its own phrase slots and before the slots read outside the noun phrase (the governing verb's
 * subject, the context), so the sentence rules still apply where the phrase says nothing. Nouns of
 * motion ({@code ROUTE}: "Marsch durch Kairo", "Abzug aus Afghanistan") take no frame of their
 * prepositions. Immutable.
 */
final class NounFrames {
  /** A slot ("prep:durch", "answer.owner:auf") a noun of the roots ("*": any) reads for the act's source or target. */
  record Frame(Slot slot, boolean source, Set<String> roots) {
    boolean fits(String code) {
      return roots.contains("*") || code.length() >= 2 && roots.contains(code.substring(0, 2));
    }
  }

  /** Slots read outside the noun's own phrase: the frame's slot goes before the first of them. */
  private static final Set<Slot.Type> OUTSIDE = Set.of(Slot.Type.HEAD_SUBJECT, Slot.Type.HEAD_OBJECT, Slot.Type.OCCASION_SUBJECT,
      Slot.Type.HEAD_VICTIM, Slot.Type.CONTEXT, Slot.Type.CLAUSE_SUBJECT, Slot.Type.REPORTED_SUBJECT);

  private final List<Frame> frames;
  /** Ends of motion nouns (lower case), each with the slots it takes no frame of. */
  private final Map<String, Set<Slot>> routes;

  NounFrames(List<Frame> frames, Map<String, Set<Slot>> routes) {
    this.frames = List.copyOf(frames);
    this.routes = Map.copyOf(routes);
  }

  static NounFrames forLanguage(String iso) {
    String resource = "/lang/" + iso + "/events/noun-frames.tsv";
    Tsv.Table table = Tsv.Table.of(Tsv.resource(NounFrames.class, resource), resource);
    List<Frame> frames = new ArrayList<>();
    Map<String, Set<Slot>> routes = new HashMap<>();
    for (Tsv.Row row : table.rows()) {
      String kind = table.get(row, "kind");
      List<Slot> slots = Arrays.stream(table.get(row, "slot").split("\\|")).map(Slot::parse).toList();
      String role = table.get(row, "role");
      String roots = table.get(row, "roots");
      if (kind.equals("FRAME") && slots.size() == 1 && (role.equals("src") || role.equals("tgt"))
          && (roots.equals("*") || roots.matches("\\d\\d(\\|\\d\\d)*"))) {
        frames.add(new Frame(slots.get(0), role.equals("src"), Set.of(roots.split("\\|"))));
      } else if (kind.equals("ROUTE") && role.equals("-") && !roots.contains("|")) {
        routes.put(roots.toLowerCase(Locale.ROOT), Set.copyOf(slots));
      } else {
        throw new IllegalArgumentException(row.where() + ": expected FRAME with one slot, src or tgt and roots, or ROUTE with "
            + "slots, - and a noun ending: \"" + String.join("\t", row.fields()) + "\"");
      }
    }
    return new NounFrames(frames, routes);
  }

  /** The rules with the frames' slots added to each noun rule they fit. */
  List<EventRule> apply(List<EventRule> rules) {
    List<EventRule> out = new ArrayList<>(rules.size());
    for (EventRule r : rules) {
      out.add(r.kind() == EventRule.Kind.NOUN ? framed(r) : r);
    }
    return out;
  }

  private EventRule framed(EventRule r) {
    List<Slot> source = new ArrayList<>(r.source());
    List<Slot> target = new ArrayList<>(r.target());
    for (Frame f : frames) {
      Slot slot = f.slot();
      if (f.fits(r.code()) && !source.contains(slot) && !target.contains(slot) && !route(r, slot)) {
        List<Slot> slots = f.source() ? source : target;
        slots.add(ownPhraseEnd(slots), slot);
      }
    }
    if (source.size() == r.source().size() && target.size() == r.target().size()) {
      return r;
    }
    return new EventRule(r.id(), r.kind(), r.lemmas(), r.objects(), r.dependents(), r.unless(), r.nosubj(), r.subj(), r.labels(), r.reflexive(),
        r.mutual(), List.copyOf(source), List.copyOf(target), r.code(), r.examples(), r.nearMisses(), r.origin());
  }

  /** Whether one of the rule's nouns is a noun of motion whose phrase in this slot is a way or a start. */
  private boolean route(EventRule r, Slot slot) {
    for (String lemma : r.lemmas()) {
      String l = lemma.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<Slot>> e : routes.entrySet()) {
        if (l.endsWith(e.getKey()) && e.getValue().contains(slot)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the slots of the noun's own phrase end: before the first slot read outside it. */
  private static int ownPhraseEnd(List<Slot> slots) {
    for (int i = 0; i < slots.size(); i++) {
      if (OUTSIDE.contains(slots.get(i).type())) {
        return i;
      }
    }
    return slots.size();
  }
}
