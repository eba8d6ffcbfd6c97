package org.chronik.pipeline.actors;

import java.util.Locale;
import java.util.Map;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;
import org.chronik.pipeline.actors.UnknownNames.Attributes;

/**
 * Cues in an unknown person's own phrase that say whose the person is, where no title does: a compound of a
 * known organisation and a person noun right before the name ("SPD-Innenexperte X", "Grünen-Fraktionschef
 * X", "ARD-Korrespondentin X"; the person nouns are the endings of member-heads.tsv) or a known organisation
 * in parentheses right after it ("X (CSU)"). The person takes the organisation's country and sector (a party's
 * by party-terms.tsv on the article's date). An ending marked {@code party} counts only after a party (a
 * "Kreml-Experte" is an expert on the Kremlin, a "CDU-Experte" the party's own), one marked {@code media}
 * only after a medium (an "EU-Korrespondent" reports on the EU).
 */
final class MemberCues {
  private final LinkContext doc;
  private final Affiliation affiliation;

  MemberCues(LinkContext doc, Affiliation affiliation) {
    this.doc = doc;
    this.affiliation = affiliation;
  }

  /** What the cue around the unknown person {@code name} says, or null when there is none. */
  Attributes around(Match name) {
    if (name.target().kind() != Kind.UNKNOWN_PERSON) {
      return null;
    }
    Attributes before = compoundBefore(name);
    return before != null ? before : inParentheses(name);
  }

  private Attributes compoundBefore(Match name) {
    int head = name.from() - 1;
    if (head < 1) {
      return null;
    }
    Piece piece = doc.pieces.get(head);
    String ending = ending(piece.text().toLowerCase(Locale.ROOT));
    if (ending == null || !piece.hyphenBefore() || piece.hyphenAfter() || piece.sentence() != doc.first(name).sentence()) {
      return null;
    }
    Match org = endingAt(head);
    if (org == null || !doc.last(org).hyphenAfter()) {
      return null;
    }
    OrganizationEntry entry = doc.dictionary.organization(doc.focus.organizationInContext(org).key()).orElse(null);
    if (entry == null || entry.country() == null || !takes(doc.language.memberHeads.get(ending), entry)) {
      return null;
    }
    String phrase = doc.text(doc.first(org).begin(), piece.end());
    return new Attributes(entry.country(), Affiliation.memberSector(doc, entry), null, "member compound: " + phrase);
  }

  private Attributes inParentheses(Match name) {
    OrganizationEntry entry = affiliation.inParentheses(name);
    if (entry == null || entry.country() == null) {
      return null;
    }
    return new Attributes(entry.country(), Affiliation.memberSector(doc, entry), null, "party in parentheses: " + entry.name());
  }

  /** Whether an ending of class {@code organisations} (member-heads.tsv) makes a member of {@code entry}. */
  private boolean takes(String organisations, OrganizationEntry entry) {
    return switch (organisations) {
      case "party" -> doc.dictionary.datedParties().contains(entry.name()) || "OPP".equals(entry.sector()); // or an opposition party
      case "media" -> "MED".equals(entry.sector());
      default -> true;
    };
  }

  /**
   * The longest ending of member-heads.tsv the word ends with (the word itself counts), or null; an inflected
   * word is read as the titles it may be a form of (inflection.tsv, class title: "des CDU-Finanzexperten",
   * "des SPD-Sprechers").
   */
  private String ending(String word) {
    for (String base : doc.language.inflection.bases(word, "title")) {
      String best = longestEnding(base);
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private String longestEnding(String word) {
    String best = null;
    for (Map.Entry<String, String> e : doc.language.memberHeads.entrySet()) {
      if (word.endsWith(e.getKey()) && (best == null || e.getKey().length() > best.length())) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** The organisation match that ends right before piece {@code piece}, or null. */
  private Match endingAt(int piece) {
    for (Match m : doc.matches) {
      if (m.to() == piece && m.target().kind() == Kind.ORGANIZATION) {
        return m;
      }
    }
    return null;
  }
}
