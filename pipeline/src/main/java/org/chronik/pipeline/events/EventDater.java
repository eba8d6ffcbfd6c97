package org.chronik.pipeline.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.DateSource;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.chronik.model.ReferenceTime;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;

/**
 * Dates the events of one document: the time expression governing the event's clause (EXPRESSION);
 * else one elsewhere in the sentence (CONTEXT); else the reference time in force, the date the text
 * is still on as the time tagger tracks it (REFERENCE); else the article's creation date
 * (CREATION_DATE). A past-perfect background clause happened before the story's time: it takes the
 * reference time only when that was told in the same paragraph, and otherwise the article's month at
 * month precision (CREATION_DATE; the creation day would be wrong for it), or no date (NONE) in the
 * first week of a month. A reference time after the article's date dates no
 * event, background or not (it is what is announced, not what happened). A date right after a frame
 * phrase's noun ("nach dem Ausbruch der Kämpfe am Samstag") dates that noun and nothing else
 * ({@link FramedDates}).
 */
final class EventDater {
  record Dated(PartialDate date, DateSource source) {}

  private static final int FIRST_WEEK = 7;
  private static final Pattern CALENDAR = Pattern.compile("^(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?![\\d-])");

  private final List<TimeExpression> timexes;
  private final List<ReferenceTime> references;
  private final PartialDate creation;
  private final java.util.Set<Span> inPassing;
  private final FramedDates framed;

  private EventDater(List<TimeExpression> timexes, List<ReferenceTime> references, PartialDate creation, java.util.Set<Span> inPassing,
      FramedDates framed) {
    this.timexes = timexes;
    this.references = references;
    this.creation = creation;
    this.inPassing = inPassing;
    this.framed = framed;
  }

  /** The dater of a document with its time expressions and, when the time tagger wrote them, reference times. */
  static EventDater of(AnnotatedDocument document, FramedDates framed) {
    List<ReferenceTime> references = document.find(Layer.REFERENCE_TIMES).orElse(List.of());
    return new EventDater(document.layer(Layer.TIMEX), references, document.article().creationDate(),
        PassingDates.of(document.layer(Layer.SENTENCES), references, framed), framed);
  }

  static PartialDate calendarValue(TimeExpression t) {
    boolean calendar = t.type() == null || t.type().equalsIgnoreCase("DATE") || t.type().equalsIgnoreCase("TIME");
    if (t.value() == null || !calendar) {
      return null;
    }
    Matcher m = CALENDAR.matcher(t.value());
    if (!m.find()) {
      return null;
    }
    try {
      return PartialDate.parse(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * @param pluperfect a past-perfect background clause
   * @param current an intent told in the present tense, which holds on the article's date rather than on
   *     the last day the story told
   */
  Dated date(SentenceView s, int trigger, boolean pluperfect, boolean current, List<SentenceView> paragraphBefore) {
    int clause = s.clauseHead(trigger);
    PartialDate inSentence = null;
    PartialDate nounDate = null;
    for (TimeExpression t : timexes) {
      PartialDate d = calendarValue(t);
      if (d == null || !t.span().overlaps(s.sentence.span()) || framed.framed(s.sentence, t.span())) {
        continue; // a date in a frame phrase dates the frame's thing, never this act
      }
      int head = headToken(s, t.span());
      if (attributeOfOther(s, head, trigger)) {
        continue; // "die 2014 eingeleiteten Verhandlungen": the participle's own act, years before this one
      }
      boolean naming = naming(s, t.span());
      if (head >= 0 && head != trigger && nominal(s, head) && (naming || !adverbial(s, t.span()) || depth(s, head, clause) > 1)) {
        // a bare date inside a name ("bei der Fußball-WM 2006") or a date deep in a noun phrase ("gegen
        // das Ergebnis der Wahl vom 12. Juni") dates that thing, not this act; a prepositional date on
        // the clause's own subject or object is adverbial wherever the parser hung it. A prepositional
        // date deep in a phrase still tells the sentence's time when nothing else does; a bare one names.
        // … but not one that names it ("das Abkommen von 2005", "die Wahl vom 12. Juni")
        if (nounDate == null && adverbial(s, t.span()) && !naming) {
          nounDate = d;
        }
        continue;
      }
      if (head >= 0 && s.clauseHead(head) == clause) {
        return new Dated(d, DateSource.EXPRESSION);
      }
      if (inSentence == null) {
        inSentence = d;
      }
    }
    if (inSentence != null || nounDate != null) {
      return new Dated(inSentence != null ? inSentence : nounDate, DateSource.CONTEXT);
    }
    ReferenceTime reference = inForce(s.sentence.span().begin());
    if (pluperfect) {
      return reference != null && told(reference, paragraphBefore) ? new Dated(reference.date(), DateSource.REFERENCE)
          : backgroundMonth();
    }
    if (reference != null && !(current && creation != null)) {
      return new Dated(reference.date(), DateSource.REFERENCE);
    }
    return creation == null ? new Dated(null, DateSource.NONE) : new Dated(creation, DateSource.CREATION_DATE);
  }

  /** The date a past act with no other date takes from its own sentence or the one before ({@link ToldYears}), or null. */
  Dated told(SentenceView s, List<SentenceView> paragraphBefore) {
    Span before = paragraphBefore.isEmpty() ? null : paragraphBefore.get(paragraphBefore.size() - 1).sentence.span();
    List<TimeExpression> unframed = timexes.stream().filter(t -> !framed.framed(s.sentence, t.span())).toList();
    return ToldYears.date(unframed, creation, s.sentence.span(), before);
  }

  /**
   * An untold background act ("obwohl die Regierung Versammlungen untersagt hatte"): shortly before
   * the article, so the article's month at month precision, the day being unknown; no date when the
   * article falls in the first week of its month, where the act may lie in the month before.
   */
  private Dated backgroundMonth() {
    if (creation == null || creation.precision() == PartialDate.Precision.YEAR
        || creation.precision() == PartialDate.Precision.DAY && creation.start().getDayOfMonth() <= FIRST_WEEK) {
      return new Dated(null, DateSource.NONE);
    }
    return new Dated(PartialDate.ofMonth(creation.start().getYear(), creation.start().getMonthValue()), DateSource.CREATION_DATE);
  }

  /** The reference time holding at an offset, or null when there is none or it lies after the article. */
  private ReferenceTime inForce(int offset) {
    ReferenceTime found = null;
    for (ReferenceTime r : references) {
      if (r.from() <= offset && !inPassing.contains(r.expression())) { // a date told in passing moves nothing
        found = r;
      }
    }
    boolean announced = found != null && found.date() != null && creation != null && found.date().start().isAfter(creation.end());
    return found == null || found.date() == null || announced ? null : found;
  }

  /** True when the reference time was set within the sentences of the paragraph before the event's. */
  private static boolean told(ReferenceTime reference, List<SentenceView> paragraphBefore) {
    return paragraphBefore.stream().anyMatch(p -> p.sentence.span().overlaps(reference.expression()));
  }

  /** An expression with a preposition of its own ("am 15. Juni", "im März") is adverbial wherever the parser hangs it. */
  private static boolean adverbial(SentenceView s, Span span) {
    for (int i = 0; i < s.size(); i++) {
      if (span.overlaps(s.token(i).span())) {
        if (s.baseRel(i).equals("case") || s.children(i).stream().anyMatch(c -> s.baseRel(c).equals("case"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A date in a naming phrase ("von 2005") on a noun: the thing's date, never the act's. */
  private static boolean naming(SentenceView s, Span span) {
    for (int i = 0; i < s.size(); i++) {
      int h = s.head(i);
      if (span.overlaps(s.token(i).span()) && (h < 0 || !span.overlaps(s.token(h).span()))) {
        return s.grammar().is(EventGrammar.Kind.NAMING_DATE, s.preposition(i));
      }
    }
    return false;
  }

  /**
   * True when the date hangs on an attribute (a participle or adjective: "die 2014 eingeleiteten
   * Beitrittsverhandlungen", "der im Mai verhängten Sanktionen") of a noun other than the trigger: it
   * dates that noun's own act, told in passing. On the trigger itself ("die im Mai verhängten
   * Sanktionen" as the sanction event) it is the act's date, and so on a phrase that is the act's
   * medium or occasion ("in einem gestern veröffentlichten Bericht fordert …"): only a subject's or
   * object's attribute counts.
   */
  private static boolean attributeOfOther(SentenceView s, int head, int trigger) {
    if (head < 0 || head == trigger || !s.baseRel(head).equals("amod") || s.head(head) < 0 || s.head(head) == trigger) {
      return false;
    }
    String noun = s.baseRel(s.head(head));
    return noun.equals("obj") || noun.equals("nsubj") || noun.equals("iobj");
  }

  /** How many heads up from a token to the clause head (0 for the clause head itself). */
  private static int depth(SentenceView s, int t, int clause) {
    int d = 0;
    for (int cur = t; cur >= 0 && cur != clause && d <= s.size(); cur = s.head(cur)) {
      d++;
    }
    return d;
  }

  private static boolean nominal(SentenceView s, int t) {
    return s.upos(t).equals("NOUN") || s.upos(t).equals("PROPN");
  }

  /** The token of the expression whose head lies outside it. */
  private static int headToken(SentenceView s, Span span) {
    for (int i = 0; i < s.size(); i++) {
      if (!span.overlaps(s.token(i).span())) {
        continue;
      }
      int h = s.head(i);
      if (h < 0 || !span.overlaps(s.token(h).span())) {
        return h < 0 ? i : h;
      }
    }
    return -1;
  }
}
