package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Every surface form of every dictionary entry, as a sequence of word pieces, with the longest-match
 * search over a document's pieces. Case: a form word with two or more capitals ("US", "IS", "AUs")
 * matches only exactly; a capitalized form word needs a capitalized text word; a lower-case form word
 * (adjectives, pronouns) matches in any case.
 */
final class SurfaceIndex {
  /** A form: its pieces, what it stands for, and whether it only stands as the first part of a compound. */
  private record Form(String[] pieces, Target target, boolean compoundOnly) {}

  /** A found form: pieces [from, to) of the document and every target of the longest form found there. */
  record Match(int from, int to, List<Target> targets) {
    Target target() {
      return targets.get(0);
    }
  }

  private final Map<String, List<Form>> byFirstPiece = new HashMap<>();
  /** Every form of every group noun, lower-cased, for closed compounds ("Bundeswehrsoldaten"). */
  private final Map<String, ActorLanguage.Group> groupTails = new HashMap<>();
  private final ActorDictionary dictionary;

  SurfaceIndex(ActorDictionary dictionary, ActorLanguage language) {
    this.dictionary = dictionary;
    Inflection inflection = language.inflection;
    for (CountryEntry c : dictionary.countries()) {
      c.names().forEach(n -> addAll(inflection.phraseForms(n, "name"), Target.of(Kind.COUNTRY, c.key())));
      for (String stem : c.adjectives()) {
        for (String form : inflection.forms(stem, "adjective")) {
          add(form, Target.of(Kind.ADJECTIVE, c.key()), form.equals(stem));
        }
      }
      c.demonyms().forEach(d -> addAll(inflection.phraseForms(d, "demonym"), Target.of(Kind.DEMONYM, c.key())));
    }
    language.regionAdjectives.forEach((form, region) -> dictionary.organization(region).map(OrganizationEntry::country)
        .ifPresent(country -> add(form, new Target(Kind.REGION_ADJECTIVE, country, null, null), language.regionAdjectiveStems.contains(form))));
    language.seats.cityAdjectives().forEach((form, town) -> dictionary.organization(town).map(OrganizationEntry::country) // "Moskauer": the town's state
        .or(() -> dictionary.capitals().stream().filter(c -> c.name().equals(town)).map(CapitalEntry::country).findFirst())
        .ifPresent(country -> add(form, new Target(Kind.REGION_ADJECTIVE, country, null, null), false)));
    for (CapitalEntry cap : dictionary.capitals()) {
      cap.names().forEach(n -> addAll(inflection.phraseForms(n, "name"), Target.of(Kind.CAPITAL, cap.name())));
    }
    for (OrganizationEntry org : dictionary.organizations()) {
      addAll(inflection.phraseForms(org.name(), "name"), Target.of(Kind.ORGANIZATION, org.name()));
      org.aliases().forEach(a -> addAll(inflection.phraseForms(a, "name"), Target.of(Kind.ORGANIZATION, org.name())));
    }
    for (Map.Entry<String, List<PersonTerm>> person : dictionary.people().entrySet()) {
      List<String> names = new ArrayList<>(List.of(person.getKey()));
      person.getValue().forEach(t -> names.addAll(t.aliases()));
      for (String name : names) {
        addAll(inflection.phraseForms(name, "name"), Target.of(Kind.PERSON, person.getKey()));
        String[] words = name.split(" ");
        if (words.length > 1) {
          addAll(inflection.forms(words[0], "name"), Target.of(Kind.SHORT_NAME, person.getKey()));
          addAll(inflection.forms(words[words.length - 1], "name"), Target.of(Kind.SHORT_NAME, person.getKey()));
        }
      }
    }
    for (ActorLanguage.Title t : language.titles) {
      addAll(inflection.phraseForms(t.title(), "title"), new Target(Kind.TITLE, t.role(), t.sector(), t.country()));
    }
    for (ActorLanguage.Group g : language.groups.values()) {
      for (String form : inflection.phraseForms(g.noun(), g.plural() ? "plural" : "name")) {
        add(form, new Target(Kind.GROUP, g.noun(), g.sector(), null), false);
        groupTails.put(form.toLowerCase(Locale.ROOT), g);
      }
    }
    language.descriptors.forEach((noun, sector) -> addAll(inflection.forms(noun, "title"), new Target(Kind.DESCRIPTOR, noun, sector.isEmpty() ? null : sector, null)));
    language.plurals.forEach((phrase, pair) -> add(phrase, Target.of(Kind.PLURAL, pair), false));
    language.pronouns.forEach(p -> add(p, Target.of(Kind.PRONOUN, p), false));
    language.ageNouns.nouns().forEach(n -> add(n, Target.of(Kind.PRONOUN, n), false));
    if (language.femininePronoun != null) {
      add(language.femininePronoun, Target.of(Kind.PRONOUN, language.femininePronoun), false);
    }
    language.notActors.forEach(p -> add(p, Target.of(Kind.BLOCK, p), false));
    language.blockedHeads.forEach(h -> addAll(inflection.forms(h, "title"), Target.of(Kind.BLOCKED_HEAD, h)));
  }

  private void addAll(Iterable<String> forms, Target target) {
    forms.forEach(f -> add(f, target, false));
  }

  private void add(String form, Target target, boolean compoundOnly) {
    String[] pieces = form.strip().split("[\\s\\-‐/]+"); // as Piece splits the text: "CDU/CSU" is "CDU" + "CSU"
    if (pieces.length == 0 || pieces[0].isEmpty()) {
      return;
    }
    byFirstPiece.computeIfAbsent(key(pieces[0]), k -> new ArrayList<>()).add(new Form(pieces, target, compoundOnly));
    String[] split = possessiveSplit(pieces);
    if (split.length > pieces.length) { // the tagger splits "Lord's" into "Lord" + "'s"
      byFirstPiece.computeIfAbsent(key(split[0]), k -> new ArrayList<>()).add(new Form(split, target, compoundOnly));
    }
  }

  /** The pieces with an English possessive ending as a piece of its own: "People's" → "People", "'s". */
  private static String[] possessiveSplit(String[] pieces) {
    List<String> out = new ArrayList<>();
    for (String p : pieces) {
      String plain = apostrophes(p);
      if (plain.length() > 2 && plain.endsWith("'s")) {
        out.add(p.substring(0, p.length() - 2));
        out.add(p.substring(p.length() - 2));
      } else {
        out.add(p);
      }
    }
    return out.toArray(String[]::new);
  }

  /** The typographic apostrophe as the plain one: "Lord’s" and "Lord's" are the same word. */
  private static String apostrophes(String s) {
    return s.replace('’', '\'');
  }

  /** Longest matches, left to right, not overlapping; same-length forms keep all targets by precedence. */
  List<Match> matches(List<Piece> pieces) {
    List<Match> found = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      int bestLength = 0;
      List<Target> targets = new ArrayList<>();
      for (Form form : byFirstPiece.getOrDefault(key(pieces.get(i).text()), List.of())) {
        int n = form.pieces().length;
        if (n < bestLength || !matchesAt(form, pieces, i)) {
          continue;
        }
        if (n > bestLength) {
          bestLength = n;
          targets.clear();
        }
        if (!targets.contains(form.target())) {
          targets.add(form.target());
        }
      }
      if (bestLength == 0) {
        Match compound = closedCompound(pieces, i);
        if (compound != null) {
          found.add(compound);
        }
        i++;
        continue;
      }
      targets.sort((a, b) -> a.kind().compareTo(b.kind()));
      found.add(new Match(i, i + bestLength, List.copyOf(targets)));
      i += bestLength;
    }
    return found;
  }

  /**
   * A closed compound of a country or organisation and a group noun: "Bundeswehrsoldaten",
   * "Hamaskämpfer", "Armeeangehörige" not (no known first part). The first part, with or without a
   * linking s, must be a one-word country name or organisation alias; the target carries its country.
   */
  private Match closedCompound(List<Piece> pieces, int i) {
    String text = pieces.get(i).text();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int cut = 3; cut <= lower.length() - 4; cut++) {
      ActorLanguage.Group group = groupTails.get(lower.substring(cut));
      if (group == null) {
        continue;
      }
      String country = firstPartCountry(text.substring(0, cut));
      if (country == null && text.charAt(cut - 1) == 's') {
        country = firstPartCountry(text.substring(0, cut - 1));
      }
      return country == null ? null : new Match(i, i + 1, List.of(new Target(Kind.GROUP, group.noun(), group.sector(), country)));
    }
    return null;
  }

  /** The country key of a one-piece country name or organisation alias, else null. */
  private String firstPartCountry(String part) {
    for (Form form : byFirstPiece.getOrDefault(key(part), List.of())) {
      if (form.pieces().length == 1 && sameWord(form.pieces()[0], part)) {
        Target t = form.target();
        if (t.kind() == Kind.COUNTRY) {
          return t.key();
        }
        if (t.kind() == Kind.ORGANIZATION) {
          return dictionary.organization(t.key()).map(OrganizationEntry::country).orElse(null);
        }
      }
    }
    return null;
  }

  private static boolean matchesAt(Form form, List<Piece> pieces, int at) {
    String[] words = form.pieces();
    if (at + words.length > pieces.size()) {
      return false;
    }
    int sentence = pieces.get(at).sentence();
    for (int k = 0; k < words.length; k++) {
      Piece p = pieces.get(at + k);
      if (p.sentence() != sentence || !sameWord(words[k], p.text())) {
        return false;
      }
    }
    return !form.compoundOnly() || pieces.get(at + words.length - 1).hyphenAfter();
  }

  static boolean sameWord(String formWord, String textWord) {
    String form = apostrophes(formWord);
    String text = apostrophes(textWord);
    if (!form.equalsIgnoreCase(text)) {
      return false;
    }
    if (form.chars().filter(Character::isUpperCase).count() >= 2) {
      return form.equals(text); // acronyms and camel case: "AU" and its genitive "AUs" never match "Aus"
    }
    return !Character.isUpperCase(form.charAt(0)) || Character.isUpperCase(text.charAt(0));
  }

  private static String key(String piece) {
    return apostrophes(piece).toLowerCase(Locale.ROOT);
  }
}
