package org.chronik.pipeline.actors;

import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;

/**
 * The short form of an organisation's name: a bare institution noun with no country of its own ("der
 * Sicherheitsrat", "das Außenministerium", "die Botschaft") that heads exactly one organisation named
 * earlier in the article ("UN-Sicherheitsrat", "das iranische Außenministerium", "die Botschaft der
 * USA") is that organisation, as a surname is the person named before. Two such organisations make it
 * ambiguous: then it is none.
 */
final class NamedBefore {
  private NamedBefore() {}

  /** The organisation named before offset {@code before} whose name the group noun heads, or null. */
  static ActorRef organization(LinkContext doc, ActorLanguage.Group group, int before) {
    Set<String> forms = doc.language.inflection.forms(group.noun(), group.plural() ? "plural" : "name");
    ActorRef found = null;
    for (Mention m : doc.out.all()) {
      ActorRef a = m.actor();
      boolean organization = a != null && (a.type() == ActorType.ORGANIZATION || a.type() == ActorType.IGO);
      if (!organization || m.span().begin() >= before || !headedBy(m.text(), forms)) {
        continue;
      }
      if (found != null && !found.id().equals(a.id())) {
        return null;
      }
      found = a;
    }
    return found;
  }

  /**
   * True when a word of the name is the noun: its last part ("UN-Sicherheitsrat", "iranische
   * Außenministerium") or, head first, its first word ("Sicherheitsrat der Vereinten Nationen").
   */
  private static boolean headedBy(String name, Set<String> forms) {
    String[] words = name.split(" ");
    String last = words[words.length - 1];
    String lastPart = last.substring(last.lastIndexOf('-') + 1);
    return forms.contains(lastPart) || words.length > 1 && forms.contains(words[0]);
  }
}
