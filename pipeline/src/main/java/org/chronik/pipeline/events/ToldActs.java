package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.Event;

/**
 * The acts one sentence has told, by actor pair and CAMEO root. A verb and its noun, or two rules on
 * one verb, say one thing: the second is not told again ("verhängte Sanktionen"). Two coordinated
 * verbs telling two different material acts say two ("tötete drei Demonstranten und nahm zwölf
 * fest": 175 and 173): the later one is kept when it is a verb of its own, a conjunct of the earlier
 * verb, with another code of a material quad class (2 or 4). Verbal acts stay one per pair and root
 * ("kritisierte und warf vor" is one reproach told twice).
 */
final class ToldActs {
  private record Told(int trigger, boolean verb, String code) {}

  private final SentenceView s;
  private final Map<String, List<Told>> told = new HashMap<>();

  ToldActs(SentenceView s) {
    this.s = s;
  }

  /** Marks a key told with no trigger of its own (a reported demand); false when it was told before. */
  boolean add(String key) {
    return told.putIfAbsent(key, new ArrayList<>(List.of(new Told(-1, false, "")))) == null;
  }

  /** Marks the event told under the key, from its trigger token. */
  void add(String key, int trigger, boolean verb, Event e) {
    told.computeIfAbsent(key, k -> new ArrayList<>()).add(new Told(trigger, verb, e.code().code()));
  }

  /** True when the key was told before and this event is no second material act of a coordinated verb. */
  boolean told(String key, int trigger, boolean verb, Event e) {
    List<Told> before = told.get(key);
    if (before == null) {
      return false;
    }
    int quad = e.code().quad();
    if (!verb || !(quad == 2 || quad == 4)) {
      return true;
    }
    for (Told t : before) {
      if (!t.verb() || t.trigger() == trigger || t.code().equals(e.code().code()) || !coordinated(t.trigger(), trigger)) {
        return true;
      }
    }
    return false;
  }

  /** Two verbs joined as conjuncts: one the other's conj, or both conjuncts of one head. */
  private boolean coordinated(int a, int b) {
    return conjunctOf(a, b) || conjunctOf(b, a)
        || s.head(a) >= 0 && s.head(a) == s.head(b) && s.baseRel(a).equals("conj") && s.baseRel(b).equals("conj");
  }

  private boolean conjunctOf(int verb, int head) {
    return s.head(verb) == head && s.baseRel(verb).equals("conj") && s.isVerbal(verb) && s.isVerbal(head);
  }
}
