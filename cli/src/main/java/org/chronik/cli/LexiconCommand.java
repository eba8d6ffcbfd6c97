package org.chronik.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.chronik.model.EventCode;
import org.chronik.pipeline.events.Codebook;
import org.chronik.pipeline.events.EventLexicon;
import org.chronik.pipeline.events.EventRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "lexicon",
    mixinStandardHelpOptions = true,
    description = "The size of the event lexicon per CAMEO root: patterns (verb, noun), their examples and near-misses, "
        + "and how many of the root's codes (three and four digits) have a pattern.")
final class LexiconCommand implements Callable<Integer> {
  @Option(names = "--language", paramLabel = "ISO", description = "Language of the lexicon (default: ${DEFAULT-VALUE}).", defaultValue = "de")
  String language;

  /** Counts of one root. */
  private static final class Tally {
    int patterns;
    int verbs;
    int nouns;
    int examples;
    int nearMisses;
    final Set<String> codes = new TreeSet<>();
  }

  @Override
  public Integer call() {
    Codebook codebook = Codebook.cameo();
    EventLexicon lexicon;
    try {
      lexicon = EventLexicon.forLanguage(language, codebook);
    } catch (RuntimeException e) {
      System.err.println("chronik lexicon: no event lexicon for language " + language + ": " + e.getMessage());
      return 2;
    }
    print(lexicon, codebook, System.out);
    return 0;
  }

  static void print(EventLexicon lexicon, Codebook codebook, PrintStream out) {
    Map<String, Tally> byRoot = new TreeMap<>();
    for (EventRule r : lexicon.rules()) {
      Tally t = byRoot.computeIfAbsent(r.code().substring(0, 2), k -> new Tally());
      t.patterns++;
      if (r.kind() == EventRule.Kind.VERB) {
        t.verbs++;
      } else {
        t.nouns++;
      }
      t.examples += r.examples().size();
      t.nearMisses += r.nearMisses().size();
      t.codes.add(r.code());
    }
    Map<String, Integer> codesPerRoot = new TreeMap<>();
    for (EventCode c : codebook.all()) {
      if (c.code().length() > 2) { // the two-digit root names its family; patterns carry a code of three or four digits
        codesPerRoot.merge(c.code().substring(0, 2), 1, Integer::sum);
      }
    }
    String format = "%-4s  %-42s %8s %6s %6s %8s %11s %11s%n";
    out.printf(format, "root", "name", "patterns", "verbs", "nouns", "examples", "near-misses", "codes");
    Tally total = new Tally();
    int allCodes = 0;
    for (Map.Entry<String, Integer> root : codesPerRoot.entrySet()) {
      Tally t = byRoot.getOrDefault(root.getKey(), new Tally());
      String name = codebook.find(root.getKey()).map(EventCode::name).orElse("");
      out.printf(format, root.getKey(), name.length() > 42 ? name.substring(0, 41) + "…" : name, t.patterns, t.verbs, t.nouns,
          t.examples, t.nearMisses, t.codes.size() + "/" + root.getValue());
      total.patterns += t.patterns;
      total.verbs += t.verbs;
      total.nouns += t.nouns;
      total.examples += t.examples;
      total.nearMisses += t.nearMisses;
      total.codes.addAll(t.codes);
      allCodes += root.getValue();
    }
    out.printf(format, "all", "", total.patterns, total.verbs, total.nouns, total.examples, total.nearMisses,
        total.codes.size() + "/" + allCodes);
  }
}
