package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.chronik.model.Actor;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Span;

/** The mentions of one document as they are found, with what coreference needs to look back. */
final class MentionList {
  private record Entry(Mention mention, int sentence) {}

  private final List<Entry> entries = new ArrayList<>();

  void add(Span span, String body, ActorRef actor, String kind, String rule, int sentence) {
    String text = body.substring(span.begin(), span.end());
    entries.add(new Entry(new Mention(span, text, actor, kind, rule), sentence));
  }

  /** The last distinct actors of {@code type}, most recent first, at most {@code n}. */
  List<ActorRef> lastDistinct(ActorType type, int n) {
    Set<String> seen = new LinkedHashSet<>();
    List<ActorRef> refs = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0 && refs.size() < n; i--) {
      ActorRef ref = entries.get(i).mention().actor();
      if (ref.type() == type && seen.add(ref.id())) {
        refs.add(ref);
      }
    }
    return refs;
  }

  /** Distinct persons mentioned in sentences {@code from}..{@code to}. */
  List<ActorRef> personsIn(int from, int to) {
    Map<String, ActorRef> persons = new LinkedHashMap<>();
    for (Entry e : entries) {
      ActorRef ref = e.mention().actor();
      if (e.sentence() >= from && e.sentence() <= to && ref.type() == ActorType.PERSON) {
        persons.putIfAbsent(ref.id(), ref);
      }
    }
    return new ArrayList<>(persons.values());
  }

  /** The most recent actor that passes {@code test}, or null. */
  ActorRef last(Predicate<ActorRef> test) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (test.test(entries.get(i).mention().actor())) {
        return entries.get(i).mention().actor();
      }
    }
    return null;
  }

  List<Mention> mentions() {
    List<Mention> list = new ArrayList<>();
    entries.forEach(e -> list.add(e.mention()));
    list.sort((a, b) -> a.span().begin() != b.span().begin() ? Integer.compare(a.span().begin(), b.span().begin()) : Integer.compare(a.span().end(), b.span().end()));
    return list;
  }

  /**
   * Each distinct actor with all its mention spans, in order of first mention. Its reference is that
   * of its first named mention (a capital used as the government keeps the country's plain reference).
   */
  static List<Actor> actors(List<Mention> mentions) {
    Map<String, ActorRef> refs = new LinkedHashMap<>();
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    for (Mention m : mentions) {
      String id = m.actor().id();
      spans.computeIfAbsent(id, k -> new ArrayList<>()).add(m.span());
      ActorRef known = refs.get(id);
      if (known == null || (!"NAME".equals(kindOf(mentions, known)) && "NAME".equals(m.kind()))) {
        refs.put(id, m.actor());
      }
    }
    List<Actor> actors = new ArrayList<>();
    refs.forEach((id, ref) -> actors.add(new Actor(ref, spans.get(id))));
    return actors;
  }

  private static String kindOf(List<Mention> mentions, ActorRef ref) {
    for (Mention m : mentions) {
      if (m.actor() == ref) {
        return m.kind();
      }
    }
    return null;
  }
}
