package org.chronik.wikidata;

import java.util.List;
import java.util.Map;

/**
 * The parts of one Wikidata entity the importer reads: labels and aliases in the wanted languages,
 * the English Wikipedia title, and the statements of a few properties (non-deprecated only).
 *
 * @param redirect the target id when the line is a redirect ({@code {"entity":"Q1","redirect":"Q2"}})
 * @param missing true for a deleted entity ({@code {"id":"Q1","missing":""}})
 */
record Entity(
    String id,
    Map<String, String> labels,
    Map<String, List<String>> aliases,
    String enwiki,
    Map<String, List<Claim>> claims,
    String redirect,
    boolean missing) {

  /** A property value: an item id ("Q183"), a string, a monolingual text, or a date ("2005-11-22", "2005-11", "2005"). */
  record Snak(Kind kind, String value, String language) {
    enum Kind { VALUE, SOME_VALUE, NO_VALUE }

    boolean hasValue() {
      return kind == Kind.VALUE && value != null;
    }
  }

  /** A statement: its main value and its qualifiers by property. */
  record Claim(Snak main, Map<String, List<Snak>> qualifiers) {
    /** The first qualifier of {@code property}, or null. */
    Snak qualifier(String property) {
      List<Snak> q = qualifiers.get(property);
      return q == null || q.isEmpty() ? null : q.get(0);
    }
  }

  List<Claim> claims(String property) {
    return claims.getOrDefault(property, List.of());
  }

  /** The values of {@code property} that are given (not "unknown" or "none"). */
  List<String> values(String property) {
    return claims(property).stream().map(Claim::main).filter(Snak::hasValue).map(Snak::value).toList();
  }

  boolean isRedirect() {
    return redirect != null;
  }
}
