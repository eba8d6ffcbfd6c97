package org.chronik.pipeline.events;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.chronik.pipeline.lemma.GermanLexicon;

/**
 * German case from the full-form lexicon (tags such as {@code ART:DEF:DAT:SIN:FEM}, {@code
 * SUB:NOM:SIN:MAS}, {@code EIG:AKK:SIN:NEU:ART:COU}): the readings of the head noun and of its
 * determiners and adjectives must agree in case, number and gender; what survives is the phrase's case.
 */
final class GermanCaseReader implements CaseReader {
  private static final int MIN_COMPOUND_HEAD = 3;
  private static final String PRONOUN = "PRON";
  /** The lexicon's tag kind of pronouns: {@code PRO:PER:AKK:SIN:MAS}. */
  private static final String PRONOUN_TAGS = "PRO";
  private final GermanLexicon lexicon;

  GermanCaseReader(GermanLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** One agreement reading: case, number, gender ("*" = any). */
  private record Form(Case kase, String number, String gender) {
    boolean agrees(Form o) {
      return kase == o.kase && number.equals(o.number)
          && (gender.equals("*") || o.gender.equals("*") || gender.equals(o.gender));
    }
  }

  @Override
  public Set<Case> cases(SentenceView s, int head) {
    Set<Case> out = EnumSet.noneOf(Case.class);
    agreeingForms(s, head).forEach(f -> out.add(f.kase));
    return out;
  }

  @Override
  public Set<Number> subjectNumbers(SentenceView s, int head) {
    Set<Number> out = EnumSet.noneOf(Number.class);
    for (Form f : agreeingForms(s, head)) {
      if (f.kase == Case.NOM) {
        out.add(f.number.equals("PLU") ? Number.PLURAL : Number.SINGULAR);
      }
    }
    return out;
  }

  @Override
  public Optional<Boolean> subjectMayCarry(SentenceView s, int head, List<Set<String>> alternatives) {
    Set<Form> nominative = new HashSet<>(agreeingForms(s, head));
    nominative.removeIf(f -> f.kase != Case.NOM);
    if (nominative.isEmpty()) {
      return Optional.empty();
    }
    // a form of any gender ("*", a plural) carries every gender feature
    return Optional.of(nominative.stream().anyMatch(f -> alternatives.stream().anyMatch(alt -> alt.stream()
        .allMatch(x -> x.equals(f.number) || x.equals(f.gender) || f.gender.equals("*") && GENDERS.contains(x)))));
  }

  private static final Set<String> GENDERS = Set.of("MAS", "FEM", "NEU");

  @Override
  public boolean infinitiveOnly(SentenceView s, int verb) {
    List<String> tags = lexicon.tags(s.token(verb).text());
    return tags.stream().anyMatch(t -> t.startsWith("VER:INF")) && tags.stream().noneMatch(t -> t.contains("PA2"));
  }

  @Override
  public List<String> tags(SentenceView s, int t) {
    List<String> tags = lexicon.tags(s.token(t).text());
    return tags.isEmpty() ? lexicon.tags(s.token(t).text().toLowerCase(Locale.ROOT)) : tags; // "Unterstützt von …" at the start
  }

  @Override
  public boolean knownNoun(SentenceView s, int t) {
    return !forms(s.token(t).text(), "SUB").isEmpty();
  }

  /** Finite readings only ({@code VER:3:SIN:PRT}, {@code VER:AUX:3:PLU:PRÄ}): an infinitive agrees with nothing. */
  @Override
  public Set<Number> verbNumbers(SentenceView s, int verb) {
    Set<Number> out = EnumSet.noneOf(Number.class);
    for (String tag : lexicon.tags(s.token(verb).text())) {
      if (tag.startsWith("VER") && FINITE.matcher(tag).find()) {
        out.add(tag.contains(":PLU") ? Number.PLURAL : Number.SINGULAR);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern FINITE = java.util.regex.Pattern.compile(":[123]:(SIN|PLU)");

  /** The head noun's readings that agree with its determiners and adjectives; empty when the words do not tell. */
  private Set<Form> agreeingForms(SentenceView s, int head) {
    // a pronoun's own tags tell its case ("ihn" only accusative, "ihm" only dative); a noun's, its lexicon forms
    Set<Form> forms = s.upos(head).equals(PRONOUN) ? forms(s.token(head).text(), PRONOUN_TAGS) : nounForms(s.token(lastPart(s, head)).text());
    if (forms.isEmpty()) {
      return forms;
    }
    for (int c : s.children(head)) {
      String rel = s.baseRel(c);
      if (rel.equals("det") || rel.equals("amod")) {
        Set<Form> modifier = forms(s.token(c).text(), s.upos(c).equals("DET") ? "ART|PRO" : "ADJ|PA1|PA2");
        if (!modifier.isEmpty()) {
          forms.removeIf(f -> modifier.stream().noneMatch(f::agrees));
        }
      }
    }
    return forms;
  }

  /**
   * A hyphenated compound ("UNO-Generalsekretär", parsed {@code UNO - Generalsekretär} with the
   * first part as head) takes number, gender and case from its last part; the determiner agrees with
   * that, not with "UNO".
   */
  private static int lastPart(SentenceView s, int head) {
    int last = head;
    while (last + 2 < s.size() && s.token(last + 1).text().equals("-") && s.head(last + 2) == head
        && s.baseRel(last + 2).equals("flat")) {
      last += 2;
    }
    return last;
  }

  /** The noun's forms; an unknown compound ("Parteichef") takes its longest known head ("Chef"). */
  private Set<Form> nounForms(String word) {
    Set<Form> forms = forms(word, "SUB|EIG");
    for (int start = 1; forms.isEmpty() && start <= word.length() - MIN_COMPOUND_HEAD; start++) {
      String rest = word.substring(start);
      forms = forms(rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1), "SUB");
    }
    return forms;
  }

  private Set<Form> forms(String word, String kinds) {
    Set<Form> out = new HashSet<>();
    List<String> tags = lexicon.tags(word);
    if (tags.isEmpty()) {
      tags = lexicon.tags(word.toLowerCase(Locale.ROOT)); // "Der" at the start of a sentence
    }
    for (String tag : tags) {
      String[] f = tag.split(":");
      if (!f[0].matches(kinds)) {
        continue;
      }
      Case kase = null;
      String number = null;
      String gender = "*";
      for (String part : f) {
        switch (part) {
          case "NOM" -> kase = Case.NOM;
          case "GEN" -> kase = Case.GEN;
          case "DAT" -> kase = Case.DAT;
          case "AKK" -> kase = Case.ACC;
          case "SIN", "PLU" -> number = part;
          case "MAS", "FEM", "NEU" -> gender = part;
          default -> { }
        }
      }
      if (kase != null && number != null) {
        out.add(new Form(kase, number, gender));
      }
    }
    return out;
  }
}
