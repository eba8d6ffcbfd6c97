package org.chronik.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.chronik.model.Actor;
import org.chronik.model.ActorRef;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Event;
import org.chronik.model.Layer;
import org.chronik.model.Mention;

/**
 * What the full-text index holds of an article: text for ranking and snippets, the date and the
 * actors for filters. Built from a fresh document or, when reconciling, from the database rows.
 */
record IndexedArticle(String id, String source, String title, String body, LocalDate date, String datePrecision, Set<String> actorTerms) {

  static IndexedArticle of(AnnotatedDocument document) {
    var a = document.article();
    Set<String> terms = new TreeSet<>();
    for (Actor actor : document.find(Layer.ACTORS).orElse(java.util.List.of())) {
      addTerms(terms, actor.ref());
    }
    for (Mention m : document.find(Layer.MENTIONS).orElse(java.util.List.of())) {
      addTerms(terms, m.actor());
    }
    for (Event e : document.find(Layer.EVENTS).orElse(java.util.List.of())) {
      addTerms(terms, e.source());
      addTerms(terms, e.target());
    }
    return new IndexedArticle(a.id(), a.source(), a.title(), a.body(),
        a.creationDate() == null ? null : a.creationDate().start(),
        a.creationDate() == null ? null : a.creationDate().precision().name(), terms);
  }

  static void addTerms(Set<String> terms, ActorRef r) {
    if (r == null) {
      return;
    }
    addTerms(terms, r.id(), r.name(), r.country());
  }

  /** An actor is findable by its key, the part of the key after ':', its name and its country. */
  static void addTerms(Set<String> terms, String key, String name, String country) {
    if (key != null) {
      terms.add(normalize(key));
      int colon = key.indexOf(':');
      if (colon >= 0) {
        terms.add(normalize(key.substring(colon + 1)));
      }
    }
    if (name != null) {
      terms.add(normalize(name));
    }
    if (country != null) {
      terms.add(normalize(country));
    }
  }

  static String normalize(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
