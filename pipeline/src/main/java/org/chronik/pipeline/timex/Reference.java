package org.chronik.pipeline.timex;

import java.util.regex.Pattern;
import org.chronik.model.PartialDate;

/**
 * The dates one document's expressions are resolved against: its creation date and the last
 * absolute date mentioned so far. Narrative documents (history, WikiWarsDE) resolve everything
 * against the last mentioned date; news resolve against the creation date except for anaphoric
 * rules ("am Folgetag", "zwei Tage später"). One instance per document and call: it is mutable.
 */
public final class Reference {
  private static final Pattern DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  private final PartialDate creation;
  private final boolean narrative;
  private PartialDate last;
  private PartialDate lastInSentence;

  public Reference(PartialDate creation, boolean narrative) {
    this.creation = creation;
    this.narrative = narrative;
  }

  public boolean narrative() {
    return narrative;
  }

  public PartialDate creation() {
    return creation;
  }

  /**
   * The anchor for a rule's anchor kind: narratives always take the last mentioned date; in news
   * "ref" takes the last mentioned day, "sentence" a day mentioned earlier in the same sentence, and
   * "creation" (or when there is no such day) the creation date.
   */
  PartialDate anchor(String kind) {
    if (narrative) {
      return last != null ? last : creation;
    }
    PartialDate candidate = switch (kind) {
      case "ref" -> last;
      case "sentence" -> lastInSentence;
      default -> null;
    };
    return candidate != null && candidate.precision() == PartialDate.Precision.DAY ? candidate : creation;
  }

  /** Called at each sentence: forgets the dates mentioned in the previous one for "sentence" anchors. */
  void startSentence() {
    lastInSentence = null;
  }

  /**
   * Remembers a resolved value as the last mentioned date. A coarser date that contains the current
   * one ("1866" after "3. Mai 1866") keeps the finer one, which is still the better anchor.
   *
   * @param setsReference false for the bound of a range, which becomes the reference only when no
   *     date was mentioned before
   */
  void mention(String value, boolean setsReference) {
    if (value == null || (!setsReference && last != null)) {
      return; // a bound ("bis 1990") sets the reference only when there is none yet
    }
    String date = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
    if (!DATE.matcher(date).matches()) {
      return;
    }
    PartialDate d;
    try {
      d = PartialDate.parse(date);
    } catch (IllegalArgumentException e) {
      return;
    }
    lastInSentence = d;
    if (last != null && d.precision().compareTo(last.precision()) < 0 && last.within(d)) {
      return;
    }
    last = d;
  }
}
