package org.chronik.pipeline.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.chronik.model.PartialDate;
import org.chronik.model.ReferenceTime;
import org.chronik.model.Span;

/**
 * The dates one document's expressions are resolved against: its creation date and the last
 * absolute date mentioned so far. Narrative documents (history, WikiWarsDE) resolve everything
 * against the last mentioned date; news resolve against the creation date except for anaphoric
 * rules ("am Folgetag", "zwei Tage später") and clock times. A date heading on a line of its own
 * ("1862") dates its section: a paragraph that strayed into another year gives way to it at the next
 * paragraph. One instance per document and call: it is mutable.
 */
public final class Reference {
  private static final Pattern DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  private final PartialDate creation;
  private final boolean narrative;
  private PartialDate last;
  /** The last day told (a coarser mention after it does not replace it): what news anaphora refer to. */
  private PartialDate lastDay;
  private PartialDate lastInSentence;
  /** A date told in the pluperfect: background, the anchor only until the sentence ends. */
  private PartialDate background;
  private PartialDate section;
  /** The last date told at its own precision, and how many sentences ago (for "damals"). */
  private PartialDate told;
  private int sentencesSinceTold;
  private Span sectionHeading;
  private final List<ReferenceTime> moves = new ArrayList<>();

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
   * "ref" takes the last mentioned day, "sentence" a day mentioned earlier in the same sentence or,
   * in a past clause, the last mentioned day ("… bis sie um 8.30 Uhr gestoppt wurde"), and
   * "creation" (or when there is no such day) the creation date; "told" takes the last date told at its
   * own precision when that was in the same or the previous sentence and not after the article ("1988
   * … . Damals …"), else the creation date as not told.
   */
  Anchor anchor(String kind, Tense tense) {
    PartialDate story = background != null ? background : last;
    if (narrative) {
      return story != null ? new Anchor(story, true) : new Anchor(creation, false);
    }
    PartialDate day = isDay(background) ? background : lastDay;
    PartialDate candidate = switch (kind) {
      case "ref" -> day;
      case "sentence" -> isDay(lastInSentence) || !tense.past() ? lastInSentence : day;
      case "told" -> told != null && sentencesSinceTold <= 1 && (creation == null || !told.start().isAfter(creation.end())) ? told : null;
      default -> null;
    };
    if (kind.equals("told")) {
      return candidate != null ? new Anchor(candidate, true) : new Anchor(creation, false);
    }
    return isDay(candidate) ? new Anchor(candidate, true) : new Anchor(creation, false);
  }

  /**
   * The reference time in force: in a story the last date told, in news the last day told (what
   * anaphora like "am Folgetag" resolve against); null when there is none.
   */
  PartialDate inForce() {
    return narrative ? last : lastDay;
  }

  /** Every move of the reference time so far, in text order: what the time tagger publishes. */
  public List<ReferenceTime> moves() {
    return List.copyOf(moves);
  }

  private void moved(int from, Span expression, PartialDate before) {
    PartialDate now = inForce();
    if (!Objects.equals(before, now)) {
      moves.add(new ReferenceTime(from, now, expression));
    }
  }

  private static boolean isDay(PartialDate d) {
    return d != null && d.precision() == PartialDate.Precision.DAY;
  }

  /**
   * Called at each sentence: forgets the dates mentioned in the previous one for "sentence" anchors;
   * at a new paragraph, a date heading's section takes back a reference that strayed into another year.
   *
   * @param begin the sentence's offset in the body
   */
  void startSentence(int begin, boolean newParagraph) {
    lastInSentence = null;
    sentencesSinceTold++;
    background = null;
    if (newParagraph && section != null && last != null && last.year() != section.year()) {
      PartialDate before = inForce();
      last = section;
      lastDay = null;
      moved(begin, sectionHeading, before);
    }
  }

  /** A date heading ("1862" on a line of its own): the section below it is of that date. */
  void section(String value, Span heading) {
    PartialDate d = parse(value);
    if (d != null) {
      section = d;
      sectionHeading = heading;
    }
  }

  /**
   * Remembers a resolved value as the last mentioned date. A coarser date that contains the current
   * one ("1866" after "3. Mai 1866") keeps the finer one, which is still the better anchor.
   *
   * @param setsReference false for the bound of a range, which becomes the reference only when no
   *     date was mentioned before
   * @param background true for a date told in the pluperfect: one before the story's time ("hatte im
   *     Vorjahr versucht") anchors the rest of its sentence but does not move the story back
   */
  void mention(String value, Span expression, boolean setsReference, boolean background) {
    if (value == null || (!setsReference && last != null)) {
      return; // a bound ("bis 1990") sets the reference only when there is none yet
    }
    PartialDate d = parse(value);
    if (d == null) {
      return;
    }
    lastInSentence = d;
    told = d;
    sentencesSinceTold = 0;
    if (background && last != null && d.start().isBefore(last.start())) {
      this.background = d; // a flashback; a pluperfect date ahead of the story moves it on ("5. Februar 1940")
      return;
    }
    PartialDate before = inForce();
    if (isDay(d)) {
      lastDay = d;
    }
    if (last == null || d.precision().compareTo(last.precision()) >= 0 || !last.within(d)) {
      last = d;
    }
    moved(expression.end(), expression, before);
  }

  /** The calendar date of a value ("2021-03-03T15:00" → 2021-03-03), or null for anything else. */
  private static PartialDate parse(String value) {
    String date = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
    if (!DATE.matcher(date).matches()) {
      return null;
    }
    try {
      return PartialDate.parse(date);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
