package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Opponents and critics of whom the text names (groups.tsv rows of focus {@code opposed}: "Gegner",
 * "Kritiker"): "die Mubarak-Gegner", "AfD-Gegner", "Kritiker Erdogans", "die Gegner der Hamas", "seine
 * Kritiker". Such a group belongs to the state of the known person or one-state organisation it opposes,
 * never is that owner: opponents of one who governs (sector GOV) take the row's sector (OPP), opponents
 * of anyone else are that state's civilians (CVL). A state never owns them ("Gegner Russlands",
 * "Russland-Kritiker", "der russische Gegner" of a match are no Russians), nor does the focus; a name
 * right after the compound ("Putin-Kritiker Nawalny") is the one person it describes. Supporters joined to a
 * person's name ("Erdogan-Anhänger") are that person's, as "Anhänger Erdogans" are.
 */
final class OpposedGroups {
  /** The groups.tsv focus of the nouns this class resolves. */
  static final String FOCUS = "opposed";
  /** The sector of opponents of an owner who does not govern. */
  private static final String CIVILIANS = "CVL";
  /** The sector of an owner that governs. */
  private static final String GOVERNING = "GOV";

  private final LinkContext doc;
  private final Possessor possessor;
  private final GroupResolver groups;
  /** Opposed nouns before a genitive article, resolved once the phrase after them is ({@link #afterAll}). */
  private final List<Match> pending = new ArrayList<>();

  OpposedGroups(LinkContext doc, Possessor possessor, GroupResolver groups) {
    this.doc = doc;
    this.possessor = possessor;
    this.groups = groups;
  }

  /** True when {@code m} is a group noun of focus {@code opposed}. */
  boolean is(Match m) {
    return m != null && m.target().kind() == Kind.GROUP && FOCUS.equals(doc.language.groups.get(m.target().key()).focus());
  }

  /**
   * The first part at match {@code j} joined by a hyphen to an opposed noun ("Mubarak-Gegner",
   * "AfD-Kritiker", "Russland-Kritiker"): the noun's match index when the two are such a compound
   * (a mention when the first part is a known person or a one-state organisation), else -1.
   */
  int compound(int j, Match next) {
    Match first = doc.match(j);
    if (supporters(next) && isPerson(first.target().kind())) {
      return supported(j, next);
    }
    if (!is(next) || !doc.last(first).hyphenAfter() || next.from() != first.to() || doc.last(next).hyphenAfter()
        || doc.sentence(first) != doc.sentence(next)) {
      return -1;
    }
    if (doc.hasMatch(j + 2) && doc.match(j + 2).from() == next.to() && isPerson(doc.match(j + 2).target().kind())) {
      return j + 1; // "Putin-Kritiker Nawalny": the compound describes the person named after it
    }
    ActorRef owner = isPerson(first.target().kind()) ? person(first) : first.target().kind() == Kind.ORGANIZATION ? organization(first) : null;
    if (owner != null) {
      add(doc.first(first).begin(), doc.last(next).end(), next, owner, "compound: " + doc.text(doc.first(first).begin(), doc.last(next).end()));
    }
    return j + 1;
  }

  /**
   * A known person joined by a hyphen to a supporters' noun ("Erdogan-Anhänger", "Trump-Unterstützer"): that
   * person's supporters, as "Anhänger Erdogans" (groups.tsv names with {owner}); an organisation first part
   * ("FPÖ-Anhänger") stays that organisation's (GroupResolver.withOrganization). Returns the noun's index or -1.
   */
  private int supported(int j, Match next) {
    Match first = doc.match(j);
    if (!doc.last(first).hyphenAfter() || next.from() != first.to() || doc.last(next).hyphenAfter() || doc.sentence(first) != doc.sentence(next)) {
      return -1;
    }
    ActorRef owner = person(first);
    if (owner != null && doc.isState(owner.country())) {
      ActorLanguage.Group group = doc.language.groups.get(next.target().key());
      int end = doc.last(next).end();
      doc.add(doc.first(first).begin(), end, groups.ref(group, owner.country(), owner.name()), "GROUP", "groups.tsv:" + group.noun(),
          doc.sentence(first), "compound: " + doc.text(doc.first(first).begin(), end));
    }
    return j + 1;
  }

  /** True when {@code m} is a group noun of focus {@code no} named after whom it belongs to ("Anhänger": "Supporters of {owner}"). */
  private boolean supporters(Match m) {
    if (m == null || m.target().kind() != Kind.GROUP) {
      return false;
    }
    ActorLanguage.Group group = doc.language.groups.get(m.target().key());
    return "no".equals(group.focus()) && group.names().stream().anyMatch(n -> n.contains("{owner}"));
  }

  /** The opposed noun at match {@code j} with no compound: a known person or organisation in the genitive after it, or a possessive's owner. */
  int alone(int j) {
    Match noun = doc.match(j);
    CountryAfterNoun.Leader led = CountryAfterNoun.ledBy(doc, j);
    if (led != null && led.name() != null) { // "Kritiker Erdogans"
      add(doc.first(noun).begin(), doc.last(noun).end(), noun, doc.dictionary.personRef(led.name(), doc.date), "opposes: " + led.name());
      return j;
    }
    CountryAfterNoun.Leader org = CountryAfterNoun.organizationAfter(doc, j);
    if (org != null) { // "die Gegner der Hamas"
      doc.dictionary.organization(org.name()).ifPresent(o -> add(doc.first(noun).begin(), doc.last(noun).end(), noun, doc.organization(o), "opposes: " + org.name()));
      return j;
    }
    Possessor.Found owner = possessor.before(noun);
    if (owner != null && owns(owner.ref())) { // "Erdogan … seine Kritiker"; "den Deutschen X … seinen Gegner" is no state's
      add(doc.first(noun).begin(), doc.last(noun).end(), noun, owner.ref(), "possessive: " + owner.ref().name());
    } else if (doc.hasMatch(j + 1) && doc.match(j + 1).from() == noun.to() + 1 && doc.sentence(doc.match(j + 1)) == doc.sentence(noun)
        && doc.language.genitiveArticles.contains(doc.word(noun.to()))) {
      pending.add(noun); // "Kritiker der Regierung", "Gegner des Präsidenten": whom the genitive names is resolved later
    }
    return j;
  }

  /**
   * After every match is resolved: an opposed noun with a genitive article whose phrase right after it is a
   * state's body or office holder ("Kritiker der türkischen Regierung", "Gegner des Präsidenten") opposes that one.
   * A state itself ("Gegner Russlands"), a place or another group owns none.
   */
  void afterAll() {
    for (Match noun : pending) {
      int begin = doc.pieces.get(noun.to() + 1).begin();
      doc.out.all().stream().filter(m -> m.span().begin() == begin && owns(m.actor())).findFirst()
          .ifPresent(m -> add(doc.first(noun).begin(), doc.last(noun).end(), noun, m.actor(), "opposes: " + m.text()));
    }
  }

  private boolean owns(ActorRef ref) {
    return ref.type() != ActorType.COUNTRY && ref.type() != ActorType.LOCATION && ref.type() != ActorType.GROUP && doc.isState(ref.country());
  }

  private void add(int begin, int end, Match noun, ActorRef owner, String source) {
    if (owner == null || !doc.isState(owner.country())) {
      return;
    }
    ActorLanguage.Group group = doc.language.groups.get(noun.target().key());
    ActorRef named = groups.ref(group, owner.country(), owner.name());
    String sector = GOVERNING.equals(owner.sector()) ? group.sector() : CIVILIANS;
    ActorRef ref = new ActorRef(named.id(), named.name(), named.type(), named.country(), sector, null);
    doc.add(begin, end, ref, "GROUP", "groups.tsv:" + group.noun(), doc.sentence(noun), source);
  }

  /**
   * The one dictionary person a name means: a full name or alias; a short name only when the document names that
   * person in full, or, in a dated article, when one person of that name then held an office of government ("Mubarak" in
   * 2011); else null ("Pérez" in an undated story about Otto Pérez is no other Pérez of the data).
   */
  private ActorRef person(Match m) {
    Set<String> full = new LinkedHashSet<>();
    Set<String> named = new LinkedHashSet<>();
    Set<String> governing = new LinkedHashSet<>();
    for (Target t : m.targets()) {
      if (!doc.dictionary.people().containsKey(t.key())) {
        continue;
      }
      if (t.kind() == Kind.PERSON) {
        full.add(t.key());
      } else if (t.kind() == Kind.SHORT_NAME && doc.documentPersons.contains(t.key())) {
        named.add(t.key());
      } else if (t.kind() == Kind.SHORT_NAME && doc.date != null
          && doc.dictionary.people().get(t.key()).stream().anyMatch(p -> GOVERNING.equals(p.sector()) && p.overlapDays(doc.date) > 0)) {
        governing.add(t.key());
      }
    }
    Set<String> chosen = !full.isEmpty() ? full : !named.isEmpty() ? named : governing;
    return chosen.size() == 1 ? doc.dictionary.personRef(chosen.iterator().next(), doc.date) : null;
  }

  private ActorRef organization(Match m) {
    return doc.dictionary.organization(doc.focus.organizationInContext(m).key()).map(doc::organization).orElse(null);
  }

  private static boolean isPerson(Kind kind) {
    return kind == Kind.PERSON || kind == Kind.SHORT_NAME;
  }
}
