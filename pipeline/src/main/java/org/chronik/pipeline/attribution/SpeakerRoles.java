package org.chronik.pipeline.attribution;

/** Reads the parties of a speech verb off the dependency tree: subject, object, the author in an oblique. */
public final class SpeakerRoles {
  private SpeakerRoles() {}

  /** The token filling a role of {@code cues.tsv} for the verb at i, or -1. */
  public static int role(String role, DependencyTree tree, int verb, AttributionLexicon lexicon) {
    if (role == null) {
      return -1;
    }
    return switch (role) {
      case "subj" -> subject(tree, verb, lexicon);
      case "obj" -> tree.child(verb, "obj") >= 0 ? tree.child(verb, "obj") : passiveSubject(tree, verb);
      case "obl" -> agentInObliques(tree, verb);
      default -> throw new IllegalArgumentException("attribution cues: unknown role \"" + role + "\"");
    };
  }

  /** The subject of the verb (see {@link Subjects}). */
  public static int subject(DependencyTree tree, int verb, AttributionLexicon lexicon) {
    return Subjects.of(tree, verb, lexicon);
  }

  /** "wird der Minister zitiert": the object of the active verb is the subject of the passive one. */
  private static int passiveSubject(DependencyTree tree, int verb) {
    for (int c : tree.children(verb)) {
      if ("nsubj:pass".equals(tree.token(c).deprel())) {
        return c;
      }
    }
    return -1;
  }

  /**
   * "hieß es in der Mitteilung der Stadt", "aus Kreisen der Regierung hieß es": the first oblique of
   * the verb whose phrase has an attribute, else the first naming one ("aus Berlin hieß es"). Who the
   * phrase names (the author of a statement noun) the reader of the party decides.
   */
  private static int agentInObliques(DependencyTree tree, int verb) {
    int named = obliques(tree, verb);
    int governor = auxiliaryGovernor(tree, verb);
    return named < 0 && governor >= 0 ? obliques(tree, governor) : named;
  }

  /**
   * "In der Erklärung hatte es geheißen": the verb whose open complement this participle is, when the
   * parser took the auxiliary for the main verb (it governs the participle as xcomp and comes before it); else -1.
   */
  static int auxiliaryGovernor(DependencyTree tree, int verb) {
    int head = tree.token(verb).head();
    boolean participle = "xcomp".equals(tree.token(verb).deprel()) && head >= 0 && head < verb && Tokens.isVerb(tree.token(head));
    return participle ? head : -1;
  }

  private static int obliques(DependencyTree tree, int verb) {
    int named = -1;
    for (int c : tree.children(verb)) {
      String rel = tree.token(c).deprel();
      String upos = tree.token(c).upos();
      if (rel == null || !rel.startsWith("obl") || tree.quoted(c) || !("NOUN".equals(upos) || "PROPN".equals(upos))) {
        continue;
      }
      if (tree.child(c, "nmod") >= 0) {
        return c;
      }
      named = named < 0 ? c : named;
    }
    return named;
  }
}
