package org.chronik.pipeline.attribution;

import java.util.Set;

/** Reads the parties of a speech verb off the dependency tree: subject, object, the author in an oblique. */
public final class SpeakerRoles {
  private SpeakerRoles() {}

  /** The token filling a role of {@code cues.tsv} for the verb at i, or -1. */
  public static int role(String role, DependencyTree tree, int verb) {
    if (role == null) {
      return -1;
    }
    return switch (role) {
      case "subj" -> subject(tree, verb);
      case "obj" -> tree.child(verb, "obj") >= 0 ? tree.child(verb, "obj") : passiveSubject(tree, verb);
      case "obl" -> agentInObliques(tree, verb);
      default -> throw new IllegalArgumentException("attribution cues: unknown role \"" + role + "\"");
    };
  }

  /** The subject of the verb; a verb coordinated without its own subject shares its partner's. */
  public static int subject(DependencyTree tree, int verb) {
    int s = tree.child(verb, "nsubj");
    if (s >= 0 && tree.quoted(s)) {
      s = -1; // the parser took the quoted words' subject for the speech verb's
    }
    if (s >= 0) {
      int prefield = prefieldArgument(tree, verb);
      // "Macron hat Scholz … versprochen": the parser may call the first name the object; in news the first is the subject
      return prefield >= 0 && prefield < s ? prefield : s;
    }
    // "sagte Xi": a name right after the verb that the parser attached as an argument
    for (int c : tree.children(verb)) {
      String rel = tree.token(c).deprel();
      // a pronoun subject is reliably tagged nsubj; a pronoun object here is "sich" or "ihm"
      boolean name = Tokens.isNominal(tree.token(c)) && !"PRON".equals(tree.token(c).upos());
      if (c > verb && c <= verb + 3 && rel != null && ARGUMENTS.contains(rel) && name && tree.child(c, "case") < 0 && !tree.quoted(c)) {
        return c;
      }
    }
    if ("conj".equals(tree.token(verb).deprel()) && tree.token(verb).head() >= 0 && Tokens.isVerb(tree.token(tree.token(verb).head()))) {
      return tree.child(tree.token(verb).head(), "nsubj");
    }
    return -1;
  }

  /** Arguments that may be a misparsed subject. */
  private static final Set<String> ARGUMENTS = Set.of("obj", "iobj", "obl:arg", "nsubj:pass", "appos", "dep");

  /** A name or noun the parser made an object although it stands first in the clause, before the finite verb. */
  private static int prefieldArgument(DependencyTree tree, int verb) {
    int finite = verb;
    for (int c : tree.children(verb)) {
      if ("aux".equals(tree.token(c).deprel()) && c < finite) {
        finite = c;
      }
    }
    for (int c : tree.children(verb)) {
      String rel = tree.token(c).deprel();
      if (c < finite && rel != null && (rel.equals("obj") || rel.equals("iobj") || rel.equals("obl:arg"))
          && "PROPN".equals(tree.token(c).upos()) && tree.child(c, "case") < 0 && firstOfClause(tree, c, finite)) {
        return c;
      }
    }
    return -1;
  }

  /** True when nothing but the phrase of c stands between the clause start and the finite verb. */
  private static boolean firstOfClause(DependencyTree tree, int c, int finite) {
    for (int k = 0; k < finite; k++) {
      if (!tree.dominates(c, k) && !tree.isPunct(k)) {
        return false;
      }
    }
    return true;
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
