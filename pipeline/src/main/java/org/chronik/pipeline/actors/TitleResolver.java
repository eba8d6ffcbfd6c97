package org.chronik.pipeline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Office titles: "[country word] Title [Name]". With a name, the name is the mention (an unknown name
 * becomes a person of the title's country and role). Without one, the holder of the office on the
 * article's date, or the office itself when no holder is known; a title without a country refers back
 * to the last person mentioned who holds that role. Also names the tagger found and no dictionary knows.
 */
final class TitleResolver {
  static final String SAME_AS_PREVIOUS = "SAME_AS_PREVIOUS";

  private final ActorDictionary dictionary;
  private final PartialDate date;
  private final MentionResolver doc;
  private final Map<String, ActorRef> unknownByWord = new HashMap<>();
  private String lastRole;

  TitleResolver(ActorDictionary dictionary, PartialDate date, MentionResolver doc) {
    this.dictionary = dictionary;
    this.date = date;
    this.doc = doc;
  }

  /**
   * Resolves a title followed by its state in the genitive ("der Präsident Frankreichs", "den
   * Außenminister der Ukraine"): the holder on the article's date, else the office; the mention spans
   * title and country. Returns the country's match, the last one used.
   */
  int titleOf(int jTitle, String country, int jCountry) {
    Match title = doc.match(jTitle);
    Target t = title.target();
    String role = SAME_AS_PREVIOUS.equals(t.key()) ? lastRole : t.key();
    if (role == null) {
      return jTitle;
    }
    lastRole = role;
    Piece first = doc.pieces().get(title.from());
    int end = doc.pieces().get(doc.match(jCountry).to() - 1).end();
    doc.add(first.begin(), end, holderOrOffice(country, role, t.sector()), "TITLE", "titles.tsv:" + role, first.sentence());
    return jCountry;
  }

  /** The person holding {@code role} in {@code country} on the article's date, else the office itself. */
  private ActorRef holderOrOffice(String country, String role, String sector) {
    String holder = dictionary.holder(country, role, date)
        .or(() -> "HEAD_OF_GOVERNMENT".equals(role) ? dictionary.holder(country, "HEAD_OF_STATE", date) : java.util.Optional.empty())
        .orElse(null);
    return holder != null ? dictionary.personRef(holder, date)
        : new ActorRef("office:" + country + ":" + role, dictionary.roleLabel(role, country), ActorType.PERSON, country, sector, dictionary.roleLabel(role, country));
  }

  /** Resolves a title at match {@code jTitle}, with its country word at {@code jStart}; returns the last match used. */
  int title(int jStart, String countryWord, int jTitle) {
    Match title = doc.match(jTitle);
    Target t = title.target();
    String role = SAME_AS_PREVIOUS.equals(t.key()) ? lastRole : t.key();
    String country = countryWord != null ? countryWord : t.country();
    if (role == null) {
      return jTitle;
    }
    lastRole = role;
    Match name = doc.next(jTitle);
    if (name != null) {
      Kind kind = name.target().kind();
      if (kind == Kind.PERSON || kind == Kind.FUZZY_PERSON) {
        doc.add(name, dictionary.personRef(name.target().key(), date), kind == Kind.PERSON ? "NAME" : "FUZZY", "people.tsv:" + name.target().key());
        return jTitle + 1;
      }
      if (kind == Kind.SHORT_NAME && doc.shortName(name)) {
        return jTitle + 1;
      }
    }
    int nameEnd = nameEnd(title);
    if (nameEnd > title.to()) {
      unknown(new Match(title.to(), nameEnd, List.of(Target.of(Kind.UNKNOWN_PERSON, null))), country, t.sector(), role);
      int j = jTitle;
      while (doc.hasMatch(j + 1) && doc.match(j + 1).from() < nameEnd) {
        j++; // the tagger's own run over the same name is used up
      }
      return j;
    }
    Piece first = doc.pieces().get(doc.match(jStart).from());
    int end = doc.pieces().get(title.to() - 1).end();
    if (country == null) {
      String label = role;
      ActorRef earlier = doc.out().last(ref -> ref.type() == ActorType.PERSON && ref.role() != null
          && ref.role().equals(dictionary.roleLabel(label, ref.country())));
      if (earlier != null) {
        doc.add(first.begin(), end, earlier, "TITLE", "titles.tsv:" + role, first.sentence());
      }
      return jTitle;
    }
    doc.add(first.begin(), end, holderOrOffice(country, role, t.sector()), "TITLE", "titles.tsv:" + role, first.sentence());
    return jTitle;
  }

  /**
   * End (exclusive piece index) of a name right after a title: up to three capitalized words that no
   * dictionary form covers and that the tagger calls a proper noun, a noun or a person (untagged text:
   * any capitalized word); {@code title.to()} when there is none.
   */
  private int nameEnd(Match title) {
    List<Piece> pieces = doc.pieces();
    int k = title.to();
    while (k < pieces.size() && k - title.to() < 3 && doc.freeForName(k) && pieces.get(k).sentence() == pieces.get(title.to() - 1).sentence()
        && pieces.get(k).capitalized() && (!pieces.get(k).inCompound() || doubleBarrelled(pieces, k)) && nameLike(pieces.get(k))) {
      k++;
    }
    return k;
  }

  /** A piece of "Mikl-Leitner": every piece of its token is capitalized. */
  private static boolean doubleBarrelled(List<Piece> pieces, int k) {
    Piece p = pieces.get(k);
    return pieces.stream().filter(q -> q.begin() >= p.token().begin() && q.end() <= p.token().end()).allMatch(Piece::capitalized);
  }

  private static boolean nameLike(Piece p) {
    String upos = p.token().upos();
    return upos == null || upos.equals("PROPN") || upos.equals("NOUN") || upos.equals("X") || "PER".equals(p.token().ner());
  }

  /** A person or organisation the dictionaries do not know; a later last name alone is the same person. */
  void unknown(Match m, String country, String sector, String role) {
    List<Piece> pieces = doc.pieces();
    String name = doc.text(pieces.get(m.from()).begin(), pieces.get(m.to() - 1).end()).replaceAll("\\s+", " ");
    boolean person = m.target().kind() == Kind.UNKNOWN_PERSON;
    ActorRef ref = person ? unknownByWord.get(name) : null;
    if (ref == null) {
      String prefix = person ? "person:" : "org:";
      ref = new ActorRef(prefix + ActorDictionary.slug(name), name, person ? ActorType.PERSON : ActorType.ORGANIZATION,
          country, sector, role == null ? null : dictionary.roleLabel(role, country));
      if (person) {
        // a later mention by the full name, the last name, or (Chinese order) the first name
        String[] words = name.split(" ");
        unknownByWord.putIfAbsent(name, ref);
        unknownByWord.putIfAbsent(words[words.length - 1], ref);
        unknownByWord.putIfAbsent(words[0], ref);
      }
    }
    doc.add(m, ref, role == null ? "NER" : "TITLE", role == null ? "ner" : "titles.tsv:" + role);
  }
}
