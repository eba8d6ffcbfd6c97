package org.chronik.pipeline.attribution;

/** Reads the parties of a speech verb off the dependency tree: subject, object, the author in an oblique. */
public final class SpeakerRoles {
  private SpeakerRoles() {}

  /** The token filling a role of {@code cues.tsv} for the verb at i, or -1. */
  public static int role(String role, DependencyTree tree, int verb, Morphology morphology) {
    if (role == null) {
      return -1;
    }
    return switch (role) {
      case "subj" -> subject(tree, verb, morphology);
      case "obj" -> tree.child(verb, "obj") >= 0 ? tree.child(verb, "obj") : passiveSubject(tree, verb);
      case "obl" -> agentInObliques(tree, verb);
      default -> throw new IllegalArgumentException("attribution cues: unknown role \"" + role + "\"");
    };
  }

  /** The subject of the verb (see {@link Subjects}). */
  public static int subject(DependencyTree tree, int verb, Morphology morphology) {
    return Subjects.of(tree, verb, morphology);
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

  /** "hieß es in der Mitteilung der Stadt": the highest noun inside an oblique of the verb. */
  private static int agentInObliques(DependencyTree tree, int verb) {
    int best = -1;
    int document = -1;
    for (int c : tree.children(verb)) {
      String rel = tree.token(c).deprel();
      if (rel == null || !rel.startsWith("obl") || tree.quoted(c)) {
        continue;
      }
      if (document < 0 && ("NOUN".equals(tree.token(c).upos()) || "PROPN".equals(tree.token(c).upos()))) {
        document = c; // "hieß es in dem Schreiben", "aus Berlin hieß es": the writing or the place speaks when no author is named in it
      }
      for (int k = 0; k < tree.size(); k++) {
        String upos = tree.token(k).upos();
        if (k != c && tree.dominates(c, k) && ("NOUN".equals(upos) || "PROPN".equals(upos))
            && (best < 0 || tree.depth(k) < tree.depth(best))) {
          best = k;
        }
      }
    }
    return best >= 0 ? best : document;
  }
}
