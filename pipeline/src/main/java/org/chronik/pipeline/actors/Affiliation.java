package org.chronik.pipeline.actors;

import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;
import org.chronik.pipeline.actors.UnknownNames.Attributes;

/**
 * What an unknown name's organisation says about it: "John Doe von Human Rights Watch", "Ana Ruiz vom
 * Sender RTVE" (the words are {@code member-preposition} and {@code member-article} of
 * function-words.tsv; a descriptor of descriptors.tsv may stand between). The person takes the
 * organisation's country and sector; a member of an intergovernmental body is an IGO official (sector
 * {@code IGO}, as in people.tsv), whatever the body's own sector.
 */
final class Affiliation {
  private final LinkContext doc;

  Affiliation(LinkContext doc) {
    this.doc = doc;
  }

  /** The sector of a person who belongs to {@code org}: IGO for intergovernmental bodies, else the organisation's on the article's date. */
  static String memberSector(LinkContext doc, OrganizationEntry org) {
    return org.country() != null && org.country().startsWith("IGO.") ? "IGO" : doc.organization(org).sector();
  }

  /** The attributes the organisation named right after {@code name} gives it, or null when none is named there. */
  Attributes after(Match name) {
    int k = name.to();
    int sentence = doc.last(name).sentence();
    if (k >= doc.pieces.size() || doc.pieces.get(k).sentence() != sentence || !doc.language.memberPrepositions.contains(doc.word(k))) {
      return null;
    }
    k++;
    if (doc.language.memberArticles.contains(doc.word(k))) {
      k++;
    }
    Match m = startingAt(k);
    if (m != null && m.target().kind() == Kind.DESCRIPTOR) {
      m = startingAt(m.to());
    }
    if (m == null || m.target().kind() != Kind.ORGANIZATION || doc.first(m).sentence() != sentence || doc.last(m).hyphenAfter()) {
      return null;
    }
    OrganizationEntry org = doc.dictionary.organization(doc.focus.organizationInContext(m).key()).orElse(null);
    if (org == null) {
      return null;
    }
    String phrase = doc.text(doc.pieces.get(name.to()).begin(), doc.last(m).end());
    return new Attributes(org.country(), memberSector(doc, org), null, "membership: " + phrase);
  }

  /**
   * The known organisation whose short name follows an unknown organisation name in parentheses: the
   * name spells it out ("die Koalition für Einheit und Demokratie (CUD)"), or null.
   */
  OrganizationEntry inParentheses(Match name) {
    int open = name.to();
    if (open < doc.pieces.size() && isQuote(doc.pieces.get(open).text())) {
      open++; // „Koalition für Einheit und Demokratie“ (CUD)
    }
    if (open + 2 >= doc.pieces.size() || !doc.pieces.get(open).text().equals("(") || doc.pieces.get(open).sentence() != doc.last(name).sentence()) {
      return null;
    }
    Match m = startingAt(open + 1);
    if (m == null || m.target().kind() != Kind.ORGANIZATION || m.to() >= doc.pieces.size() || !doc.pieces.get(m.to()).text().equals(")")) {
      return null;
    }
    return doc.dictionary.organization(doc.focus.organizationInContext(m).key()).orElse(null);
  }

  /** Whether the piece is a quotation mark and nothing else. */
  static boolean isQuote(String piece) {
    return !piece.isEmpty() && piece.chars().allMatch(c -> "\"'„“”»«‚‘’".indexOf(c) >= 0);
  }

  private Match startingAt(int piece) {
    for (Match m : doc.matches) {
      if (m.from() == piece) {
        return m;
      }
      if (m.from() > piece) {
        return null;
      }
    }
    return null;
  }
}
