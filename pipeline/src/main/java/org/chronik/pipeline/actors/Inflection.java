package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.io.Tsv;

/**
 * Generates the inflected forms of a dictionary word by the rules of inflection.tsv: for the word's
 * class, the rule with the longest ending the word has replaces that ending by each of its forms.
 */
final class Inflection {
  private record Rule(String ending, List<String> forms) {}

  private final Map<String, List<Rule>> rulesByClass;

  private Inflection(Map<String, List<Rule>> rulesByClass) {
    this.rulesByClass = rulesByClass;
  }

  static Inflection load(String path) {
    Map<String, List<Rule>> rules = new HashMap<>();
    for (Tsv.Row row : Tsv.resource(path)) {
      if (row.field(0).equals("class")) {
        continue;
      }
      List<String> forms = List.of(row.fields().length > 2 ? row.fields()[2].strip().split("\\|", -1) : new String[] {""});
      rules.computeIfAbsent(row.field(0), k -> new ArrayList<>()).add(new Rule(row.field(1), forms));
    }
    return new Inflection(rules);
  }

  /** All forms of {@code word} in {@code wordClass}, the word itself first; just the word for an unknown class. */
  Set<String> forms(String word, String wordClass) {
    Rule best = null;
    for (Rule rule : rulesByClass.getOrDefault(wordClass, List.of())) {
      if (word.endsWith(rule.ending()) && (best == null || rule.ending().length() > best.ending().length())) {
        best = rule;
      }
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(word);
    if (best != null) {
      String stem = word.substring(0, word.length() - best.ending().length());
      for (String form : best.forms()) {
        forms.add(stem + form);
      }
    }
    return forms;
  }

  /**
   * The words of {@code wordClass} that {@code form} may be a form of, the form itself first: a form's ending
   * replaced back by a rule's ending ("Finanzexperten" → "Finanzexperte", "Marinos" → "Marino"), kept only
   * where {@link #forms} of the result gives the form again.
   */
  Set<String> bases(String form, String wordClass) {
    Set<String> bases = new LinkedHashSet<>();
    bases.add(form);
    for (Rule rule : rulesByClass.getOrDefault(wordClass, List.of())) {
      for (String ending : rule.forms()) {
        if (!ending.isEmpty() && form.endsWith(ending) && form.length() > ending.length()) {
          String base = form.substring(0, form.length() - ending.length()) + rule.ending();
          if (!base.equals(form) && forms(base, wordClass).contains(form)) {
            bases.add(base);
          }
        }
      }
    }
    return bases;
  }

  /**
   * Forms of a multi-word phrase: only its last word inflects ("Vereinte Nationen" stays as written),
   * except where the head comes first and a word of the class {@code head-link} follows it
   * ("Sicherheitsrat der Vereinten Nationen" → "Sicherheitsrates der Vereinten Nationen").
   */
  Set<String> phraseForms(String phrase, String wordClass) {
    String[] words = phrase.split(" ");
    boolean headFirst = words.length >= 3 && rulesByClass.getOrDefault("head-link", List.of()).stream().anyMatch(r -> r.ending().equals(words[1]));
    if (headFirst && wordClass.equals("name")) {
      Set<String> forms = new LinkedHashSet<>();
      String rest = phrase.substring(words[0].length());
      forms(words[0], wordClass).forEach(head -> forms.add(head + rest));
      return forms;
    }
    int cut = Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('-')) + 1;
    Set<String> forms = new LinkedHashSet<>();
    for (String last : forms(phrase.substring(cut), wordClass)) {
      forms.add(phrase.substring(0, cut) + last);
    }
    return forms;
  }
}
