package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.chronik.model.Actor;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Span;

/** The mentions of one document as they are found, with what coreference needs to look back. */
final class MentionList {
  /** @param topic the mention is only the first part of a compound ("Ukraine-Krieg"), not an actor in focus */
  private record Entry(Mention mention, int sentence, boolean topic) {}

  /** How far back, in sentences, a plural reference looks for its pair. */
  private static final int PAIR_WINDOW = 4;

  private final List<Entry> entries = new ArrayList<>();

  void add(Span span, String body, ActorRef actor, String kind, String rule, int sentence, boolean topic, String attributeSource) {
    String text = body.substring(span.begin(), span.end());
    entries.add(new Entry(new Mention(span, text, actor, kind, rule, attributeSource), sentence, topic));
  }

  /** The last mention (in order found) that begins before {@code before}, in sentence {@code fromSentence} or later, is no compound part and passes {@code test}. */
  Mention lastBefore(int before, int fromSentence, Predicate<Mention> test) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (e.sentence() >= fromSentence && !e.topic() && e.mention().span().begin() < before && test.test(e.mention())) {
        return e.mention();
      }
    }
    return null;
  }

  /**
   * Gives every mention of actor {@code id} the reference {@code ref}, and {@code source} to those
   * without an attribute source of their own: a person whose country an apposition told.
   */
  void replace(String id, ActorRef ref, String source) {
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      Mention m = e.mention();
      if (m.actor().id().equals(id)) {
        String own = m.attributeSource() != null ? m.attributeSource() : source;
        entries.set(i, new Entry(new Mention(m.span(), m.text(), ref, m.kind(), m.rule(), own), e.sentence(), e.topic()));
      }
    }
  }

  /** Every mention found so far with its sentence, in order found. */
  List<Mention> all() {
    return entries.stream().map(Entry::mention).toList();
  }

  int sentenceOf(Mention m) {
    for (Entry e : entries) {
      if (e.mention() == m) {
        return e.sentence();
      }
    }
    return -1;
  }

  /**
   * The pair a plural reference ("beide Länder", "die beiden Staatschefs") means: in the most recent
   * sentence (this one up to the reference, or up to four before) that names at least two distinct
   * actors, the last two {@code joined} one after the other ("Berater in Irak und Syrien"), else its
   * first two. For countries a person counts as the country of the role they hold. Compound parts and
   * earlier plural or pronoun references do not count.
   */
  List<ActorRef> pairInFocus(int sentence, Function<ActorRef, ActorRef> key, BiPredicate<Mention, Mention> joined) {
    for (int s = sentence; s >= Math.max(0, sentence - PAIR_WINDOW); s--) {
      Map<String, ActorRef> distinct = new LinkedHashMap<>();
      List<Mention> named = new ArrayList<>();
      List<ActorRef> refs = new ArrayList<>();
      for (Entry e : entries) {
        String kind = e.mention().kind();
        ActorRef ref = e.sentence() == s && !e.topic() && !kind.equals("PLURAL") && !kind.equals("PRONOUN") ? key.apply(e.mention().actor()) : null;
        if (ref != null) {
          distinct.putIfAbsent(ref.id(), ref);
          named.add(e.mention());
          refs.add(ref);
        }
      }
      for (int i = named.size() - 1; i > 0 && distinct.size() >= 2; i--) {
        if (!refs.get(i - 1).id().equals(refs.get(i).id()) && joined.test(named.get(i - 1), named.get(i))) {
          return List.of(refs.get(i - 1), refs.get(i));
        }
      }
      if (distinct.size() >= 2) {
        return new ArrayList<>(distinct.values()).subList(0, 2);
      }
    }
    return List.of();
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

  /** Distinct actors of mentions in sentences {@code from}..{@code to} that begin before {@code before} and pass {@code test}. */
  List<ActorRef> actorsIn(int from, int to, int before, Predicate<Mention> test) {
    Map<String, ActorRef> actors = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (e.sentence() >= from && e.sentence() <= to && !e.topic() && e.mention().span().begin() < before && test.test(e.mention())) {
        actors.putIfAbsent(e.mention().actor().id(), e.mention().actor());
      }
    }
    return new ArrayList<>(actors.values());
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
