package org.chronik.pipeline.actors;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * What the resolvers of one document share: the dictionaries, the document's word pieces and
 * dictionary matches, and the mentions found so far. One instance per document.
 */
final class LinkContext {
  final ActorDictionary dictionary;
  final ActorLanguage language;
  final PartialDate date;
  final String body;
  final List<Piece> pieces;
  final List<Match> matches;
  final Set<String> documentPersons;
  final MentionList out = new MentionList();
  final FocusCountry focus;
  final ArmedGroups armed;
  final TitledPeople people;
  private final boolean[] covered;
  private final List<Span> datelines;

  /** The document as the linker sees it; {@code datelines} are the cleaner's DATELINE spans. */
  record Document(PartialDate date, String body, List<Piece> pieces, List<Match> matches, Set<String> persons, boolean[] covered,
      List<Span> datelines, String datelinePlace) {}

  LinkContext(ActorDictionary dictionary, ActorLanguage language, Document document) {
    this.dictionary = dictionary;
    this.language = language;
    this.date = document.date();
    this.body = document.body();
    this.pieces = document.pieces();
    this.matches = document.matches();
    this.documentPersons = document.persons();
    this.covered = document.covered();
    this.datelines = document.datelines();
    this.focus = new FocusCountry(dictionary, document.matches(), document.datelinePlace(), document.pieces(), language);
    this.armed = new ArmedGroups(dictionary, document.matches());
    this.people = new TitledPeople(dictionary, document.date(), document.matches());
  }

  /** The match right after {@code j} when it starts where {@code j} ends, else null. */
  Match next(int j) {
    return j + 1 < matches.size() && matches.get(j + 1).from() == matches.get(j).to() ? matches.get(j + 1) : null;
  }

  /** The piece of the token {@code index} of a sentence, or null (also for a negative index: no head). */
  Piece piece(int sentence, int index) {
    if (index < 0) {
      return null;
    }
    for (Piece p : pieces) {
      if (p.sentence() == sentence && p.token() != null && p.token().index() == index) {
        return p;
      }
    }
    return null;
  }

  /** The token {@code index} of a sentence, or null. */
  org.chronik.model.Token token(int sentence, int index) {
    Piece p = piece(sentence, index);
    return p == null ? null : p.token();
  }

  String text(int begin, int end) {
    return body.substring(begin, end);
  }

  boolean hasMatch(int j) {
    return j < matches.size();
  }

  Match match(int j) {
    return matches.get(j);
  }

  Piece first(Match m) {
    return pieces.get(m.from());
  }

  Piece last(Match m) {
    return pieces.get(m.to() - 1);
  }

  int sentence(Match m) {
    return pieces.get(m.from()).sentence();
  }

  /** The lower-cased text of piece {@code i}, or "" outside the document. */
  String word(int i) {
    return i >= 0 && i < pieces.size() ? pieces.get(i).text().toLowerCase(java.util.Locale.ROOT) : "";
  }

  boolean inCompound(Match m) {
    return first(m).hyphenBefore() || last(m).hyphenAfter();
  }

  /** Titles and institutions belong to states, not to regions ("die europäischen Außenminister"). */
  boolean isState(String key) {
    return dictionary.country(key).map(c -> c.type() == ActorType.COUNTRY).orElse(false);
  }

  /** The organisation as an actor on the article's date (a party's sector by its dated terms). */
  ActorRef organization(OrganizationEntry org) {
    return dictionary.organizationRef(org, date);
  }

  /** True inside a dateline the cleaner found: a dateline place is never an actor. */
  boolean inDateline(Match m) {
    Span span = new Span(first(m).begin(), last(m).end());
    return datelines.stream().anyMatch(d -> d.overlaps(span));
  }

  /** True when no dictionary form covers the piece, or only a short name or the tagger's name run does. */
  boolean freeForName(int piece) {
    if (!covered[piece]) {
      return true;
    }
    for (Match m : matches) {
      if (m.from() <= piece && piece < m.to()) {
        Kind kind = m.target().kind();
        return kind == Kind.SHORT_NAME || kind == Kind.UNKNOWN_PERSON;
      }
    }
    return true;
  }

  /**
   * The country word inside a title or group phrase names its country too ("der deutsche
   * Außenminister" mentions Germany): a mention of the country over the word alone, so that events
   * still find the phrase's own actor on its head noun.
   */
  void addCountryWord(Match word) {
    String key = word.target().key();
    add(word, dictionary.countryRef(key, null), word.target().kind() == Kind.ADJECTIVE ? "ADJECTIVE" : "NAME", "countries.tsv:" + key);
  }

  void add(Match m, ActorRef ref, String kind, String rule) {
    add(first(m).begin(), last(m).end(), ref, kind, rule, sentence(m), null);
  }

  void add(int begin, int end, ActorRef ref, String kind, String rule, int sentence) {
    add(begin, end, ref, kind, rule, sentence, null);
  }

  void add(int begin, int end, ActorRef ref, String kind, String rule, int sentence, String attributeSource) {
    out.add(new Span(begin, end), body, ref, kind, rule, sentence, topic(end), attributeSource);
  }

  /** A compound's first part before a capitalized head: "Ukraine-Krieg", not "chinesisch-russisch". */
  private boolean topic(int end) {
    return end + 1 < body.length() && body.charAt(end) == '-' && Character.isUpperCase(body.charAt(end + 1));
  }
}
