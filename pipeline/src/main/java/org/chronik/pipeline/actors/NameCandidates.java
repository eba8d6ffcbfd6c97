package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Candidates beyond the exact dictionary: misspelt names of people the document already names, and
 * names the tagger found that no dictionary knows.
 */
final class NameCandidates {
  private NameCandidates() {}

  /**
   * A capitalized name piece no form matched, within a small edit distance of a word of the name of a
   * person the document names correctly elsewhere ("Xi Jiping" beside "Xi Jinping"). The piece before
   * it joins the mention when it is another word of that name. Two persons fitting is no match.
   */
  static List<Match> fuzzy(List<Piece> pieces, boolean[] covered, Set<String> documentPersons) {
    List<Match> found = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (covered[i] || p.text().length() < 4 || !p.capitalized() || !p.taggedName() || p.inCompound()) {
        continue;
      }
      String person = null;
      int hits = 0;
      for (String name : documentPersons) {
        for (String word : name.split(" ")) {
          if (word.length() >= 4 && close(p.text(), word)) {
            person = name;
            hits++;
            break;
          }
        }
      }
      if (hits != 1) {
        continue;
      }
      int from = i;
      if (i > 0 && pieces.get(i - 1).sentence() == p.sentence() && List.of(person.split(" ")).contains(pieces.get(i - 1).text())) {
        from = i - 1;
      }
      found.add(new Match(from, i + 1, List.of(Target.of(Kind.FUZZY_PERSON, person))));
    }
    return found;
  }

  /**
   * Runs of uncovered pieces the tagger calls PER or ORG, widened by adjacent proper nouns the tagger
   * left out ("Christian" before a tagged "Stör"): actors of that type without a country. A run with an
   * adjective, or ending in an event word of event-heads.txt ("Olympische Spiele"), is dropped, and so
   * is one of common nouns only ("Sanktionspaket"): it needs a proper noun or an acronym.
   */
  static List<Match> tagged(List<Piece> pieces, boolean[] covered, List<String> eventHeads) {
    List<Match> found = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      String tag = tag(pieces.get(i));
      if (covered[i] || tag == null) {
        i++;
        continue;
      }
      int sentence = pieces.get(i).sentence();
      int from = i;
      while (from > 0 && !covered[from - 1] && pieces.get(from - 1).sentence() == sentence
          && (properNoun(pieces.get(from - 1)) || particle(pieces, from - 1))) {
        from--;
      }
      int j = i + 1;
      while (j < pieces.size() && !covered[j] && pieces.get(j).sentence() == sentence
          && (tag.equals(tag(pieces.get(j))) || properNoun(pieces.get(j)) || particle(pieces, j) && !covered[j + 1] && tag.equals(tag(pieces.get(j + 1))))) {
        j++;
      }
      while (j - from >= 2 && "NOUN".equals(pieces.get(from).token().upos())) {
        from++; // a leading common noun is a title or profession: "Richter Klaus Tolksdorf"
      }
      boolean adjective = false;
      boolean name = false;
      for (int k = from; k < j; k++) {
        adjective |= "ADJ".equals(pieces.get(k).token().upos());
        name |= "PROPN".equals(pieces.get(k).token().upos()) || acronym(pieces.get(k).text());
      }
      if (j - from <= 4 && name && !adjective && !event(pieces.get(j - 1).text(), eventHeads)) { // longer runs are titles of works or tagging errors
        Kind kind = tag.equals("PER") ? Kind.UNKNOWN_PERSON : Kind.UNKNOWN_ORGANIZATION;
        found.add(new Match(from, j, List.of(Target.of(kind, null))));
      }
      i = j;
    }
    return found;
  }

  private static boolean properNoun(Piece p) {
    return p.capitalized() && !p.inCompound() && "PROPN".equals(p.token().upos());
  }

  /**
   * A short lower-case piece joined by a hyphen to the name piece after it: the article or
   * particle of a name ("Junis al-Mauretani", "Ahmed el-Tayeb"); it joins the tagged run around it.
   */
  static boolean particle(List<Piece> pieces, int k) {
    Piece p = pieces.get(k);
    return k + 1 < pieces.size() && !p.capitalized() && p.text().length() <= 3 && p.hyphenAfter() && p.text().chars().allMatch(Character::isLetter)
        && pieces.get(k + 1).begin() == p.end() + 1 && pieces.get(k + 1).capitalized();
  }

  private static boolean acronym(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  private static boolean event(String word, List<String> eventHeads) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return eventHeads.stream().anyMatch(lower::endsWith);
  }

  /**
   * A town's or region's adjective the tagger reads as the first word of a name it tags ("Wiener
   * Philharmoniker", "Hamburger SV"): the adjective and the tagged piece after it carry one tag, and no
   * group noun or title follows it ("Moskauer Stadtgericht" stays the court of the town's state).
   */
  static boolean beginsTaggedName(List<Piece> pieces, Match adjective, List<Match> matches) {
    int next = adjective.to();
    if (adjective.target().kind() != Kind.REGION_ADJECTIVE || next >= pieces.size()
        || pieces.get(next).sentence() != pieces.get(adjective.from()).sentence()) {
      return false;
    }
    String tag = tag(pieces.get(adjective.from()));
    boolean bodyAfter = matches.stream().anyMatch(m -> m.from() == next && (m.target().kind() == Kind.GROUP || m.target().kind() == Kind.TITLE));
    return tag != null && tag.equals(tag(pieces.get(next))) && !bodyAfter;
  }

  /** The tag of a capitalized piece outside a compound, or null. */
  private static String tag(Piece p) {
    String ner = p.token().ner();
    // double-barrelled names ("Mikl-Leitner") are hyphenated too, organisations in compounds are topics
    if (!p.capitalized() || (p.inCompound() && !"PER".equals(ner)) || p.text().length() < 2) {
      return null;
    }
    return "PER".equals(ner) || "ORG".equals(ner) ? ner : null;
  }

  /**
   * A tagged two-word person name whose last word is the last name of exactly one dictionary person
   * and whose first word is a spelling variant of that person's first name ("Sergei Lawrow" for the
   * alias "Sergej Lawrow"): that person, as a fuzzy match; else null.
   */
  static Match variantSpelling(Match run, List<Piece> pieces, List<Match> matches, ActorDictionary dictionary) {
    if (run.target().kind() != Kind.UNKNOWN_PERSON || run.to() - run.from() != 2) {
      return null;
    }
    Match last = matches.stream().filter(m -> m.from() == run.from() + 1 && m.to() == run.to()).findFirst().orElse(null);
    if (last == null || last.targets().size() != 1 || last.target().kind() != Kind.SHORT_NAME) {
      return null;
    }
    String person = last.target().key();
    String first = pieces.get(run.from()).text();
    List<String> names = new ArrayList<>(List.of(person));
    dictionary.people().getOrDefault(person, List.of()).forEach(t -> names.addAll(t.aliases()));
    for (String name : names) {
      String[] words = name.split(" ");
      if (words.length == 2 && words[1].equals(pieces.get(run.from() + 1).text()) && first.length() >= 4 && close(first, words[0])) {
        return new Match(run.from(), run.to(), List.of(Target.of(Kind.FUZZY_PERSON, person)));
      }
    }
    return null;
  }

  /** Distance 1 for words up to 7 letters, 2 from 8; the first letter must agree. */
  static boolean close(String a, String b) {
    if (a.equals(b) || Character.toLowerCase(a.charAt(0)) != Character.toLowerCase(b.charAt(0))) {
      return false;
    }
    int limit = Math.min(a.length(), b.length()) >= 8 ? 2 : 1;
    return Math.abs(a.length() - b.length()) <= limit && distance(a.toLowerCase(), b.toLowerCase()) <= limit;
  }

  /** Edit distance with transpositions (optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
