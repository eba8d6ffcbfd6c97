package org.chronik.pipeline.events;

/**
 * A counted or determined phrase that names an actor is a noun phrase, even where the parser read its
 * word as an adverb: "nahm in Frankreich zwei Deutsche fest" gives advmod(nahm, Deutsche) with the
 * numeral below it, and the object slot found nothing, so the place of the arrest became the target.
 * Such a phrase on a verb without an object of its own is the verb's object. Only actor phrases:
 * "zwei Mal", "drei Tage lang" stay adverbs.
 */
final class CountedObject {
  private CountedObject() {}

  static void repair(SentenceView s, String[] corrected) {
    for (int t = 0; t < s.size(); t++) {
      int verb = s.head(t);
      if (verb < 0 || !s.deprel(t).equals("advmod") || !s.upos(verb).equals("VERB") || s.mention(t) == null || s.inTime(t)) {
        continue;
      }
      boolean counted = s.children(t).stream().anyMatch(c -> s.baseRel(c).equals("nummod") || s.baseRel(c).equals("det"));
      boolean hasObject = s.children(verb).stream().anyMatch(c -> s.baseRel(c).equals("obj"));
      if (counted && !hasObject) {
        corrected[t] = "obj";
      }
    }
  }
}
