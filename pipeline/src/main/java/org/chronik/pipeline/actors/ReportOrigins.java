package org.chronik.pipeline.actors;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronik.model.Token;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/**
 * A capital named as the origin of an impersonal report ("Aus Paris hieß es, …", "verlautete aus
 * Moskau", "In Washington wurde betont, …") stands for its government, not for the place: the words of
 * report-origins.tsv say which prepositions and report verbs make it so. Not when the sentence names
 * two or more other states (the capital is then the scene of a meeting of many).
 */
final class ReportOrigins {
  /** Other states a sentence may name besides the capital's own: the target of the report. */
  private static final int MAX_OTHER_STATES = 1;

  private final Set<String> prepositions = new HashSet<>();
  /** Verb lemma → its condition: {@code -}, {@code subject=es}, {@code passive}. */
  private final Map<String, String> verbs;

  ReportOrigins(String resource) {
    var rows = Tsv.resource(resource).stream().filter(r -> !r.field(0).equals("kind")).toList();
    rows.stream().filter(r -> r.field(0).equals("preposition")).forEach(r -> prepositions.add(r.field(1).toLowerCase(Locale.ROOT)));
    verbs = rows.stream().filter(r -> r.field(0).equals("verb")).collect(Collectors.toUnmodifiableMap(r -> r.field(1), r -> r.field(2)));
    rows.stream().filter(r -> !r.field(0).equals("preposition") && !r.field(0).equals("verb")).findFirst().ifPresent(r -> {
      throw new IllegalArgumentException(resource + ": unknown kind \"" + r.field(0) + "\"");
    });
  }

  /** Whether the capital matched at {@code m}, of state {@code country}, is where a report comes from. */
  boolean isOrigin(LinkContext doc, Match m, String country) {
    Piece capital = doc.first(m);
    if (m.from() == 0 || !prepositions.contains(doc.word(m.from() - 1)) || capital.token() == null) {
      return false;
    }
    Piece verb = doc.piece(capital.sentence(), capital.token().head());
    if (verb == null || !capital.token().baseRel().equals("obl") || !holds(doc, verb, verbs.get(verb.token().lemma()))) {
      return false;
    }
    return otherStates(doc, capital.sentence(), country) <= MAX_OTHER_STATES;
  }

  private static boolean holds(LinkContext doc, Piece verb, String condition) {
    if (condition == null) {
      return false;
    }
    return switch (condition) {
      case "-" -> true;
      case "subject=es" -> hasChild(doc, verb, t -> "es".equalsIgnoreCase(t.text()) && (t.baseRel().equals("nsubj") || t.baseRel().equals("expl")));
      case "passive" -> hasChild(doc, verb, t -> "aux:pass".equals(t.deprel())) && !hasChild(doc, verb, t -> t.baseRel().startsWith("nsubj") && !"es".equalsIgnoreCase(t.text()));
      default -> throw new IllegalArgumentException("report-origins.tsv: unknown condition \"" + condition + "\"");
    };
  }

  private static boolean hasChild(LinkContext doc, Piece verb, java.util.function.Predicate<Token> test) {
    return doc.pieces.stream().anyMatch(p -> p.sentence() == verb.sentence() && p.token() != null
        && p.token().head() == verb.token().index() && test.test(p.token()));
  }


  /** How many states other than {@code country} the sentence names (state names, capitals, country words). */
  private static int otherStates(LinkContext doc, int sentence, String country) {
    Set<String> others = new HashSet<>();
    for (Match other : doc.matches) {
      if (doc.sentence(other) != sentence) {
        continue;
      }
      Target t = other.target();
      String state = switch (t.kind()) {
        case COUNTRY, ADJECTIVE, DEMONYM -> t.key();
        case CAPITAL -> PlaceCountries.capital(doc.dictionary, t.key());
        default -> null;
      };
      if (state != null && !state.equals(country)) {
        others.add(state);
      }
    }
    return others.size();
  }
}
