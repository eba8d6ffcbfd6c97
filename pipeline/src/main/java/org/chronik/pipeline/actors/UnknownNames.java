package org.chronik.pipeline.actors;

import java.util.HashMap;
import java.util.List;
import org.chronik.model.Mention;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * People and organisations no dictionary knows. A person keeps what the text told about them (the
 * country, sector and role of a title, an apposition or a membership) through the document: a later
 * mention by full name, last name or (Chinese order) first name is the same actor.
 */
final class UnknownNames {
  /** What the text says about an unknown name: country, sector, role (null when unknown) and where that came from. */
  record Attributes(String country, String sector, String role, String source) {
    static final Attributes NONE = new Attributes(null, null, null, null);
  }

  private final LinkContext doc;
  private final Map<String, ActorRef> byWord = new HashMap<>();
  /** Ids of unknown persons whose country is only the article's focus: anything the text says later outranks it. */
  private final Set<String> guessed = new HashSet<>();
  private final Affiliation affiliation;
  private final MemberCues cues;
  /** What a title phrase before a comma says about the name right after the comma, by the name's first piece. */
  private final Map<Integer, Attributes> afterComma = new HashMap<>();

  UnknownNames(LinkContext doc) {
    this.doc = doc;
    this.affiliation = new Affiliation(doc);
    this.cues = new MemberCues(doc, affiliation);
  }

  /** Adds a mention of the unknown person or organisation at {@code m} with what the text says about it. */
  ActorRef add(Match m, Attributes given) {
    OrganizationEntry spelledOut = m.target().kind() == Kind.UNKNOWN_ORGANIZATION ? affiliation.inParentheses(m) : null;
    if (spelledOut != null) { // "Koalition für Einheit und Demokratie (CUD)": the name of a known organisation
      ActorRef known = doc.organization(spelledOut);
      doc.add(doc.first(m).begin(), doc.last(m).end(), known, "ALIAS", "parentheses: " + spelledOut.name(), doc.sentence(m));
      return known;
    }
    Attributes attributes = refine(m, given);
    String name = doc.text(doc.first(m).begin(), doc.last(m).end()).replaceAll("\\s+", " ");
    boolean person = m.target().kind() == Kind.UNKNOWN_PERSON;
    ActorRef ref = person ? byWord.get(name) : null;
    ref = ref == null && person ? withoutMiddleNames(name) : ref;
    if (ref == null) {
      ref = create(name, person, attributes);
    } else if ((ref.country() == null || guessed.contains(ref.id())) && attributes.country() != null && (!focus(attributes) || laterOffice(ref, attributes))) {
      update(ref, attributes);
      ref = byWord.get(name);
    }
    if (focus(attributes) && ref.country() != null && ref.country().equals(attributes.country())) {
      guessed.add(ref.id());
    }
    boolean titled = attributes.role() != null;
    boolean shape = OrganizationShapes.SHAPE.equals(m.target().key());
    doc.add(doc.first(m).begin(), doc.last(m).end(), ref, titled ? "TITLE" : shape ? "SHAPE" : "NER",
        titled ? "titles.tsv:" + attributes.role() : shape ? "organization-shapes.tsv" : "ner",
        doc.sentence(m), attributes.source());
    return ref;
  }

  /**
   * What the text says outranks the article's focus: an organisation named right after the name
   * ("von Human Rights Watch") gives its country and sector. A name the text says nothing else about
   * keeps no country (decision: a bare name does not take the focus country; measured on gold-dev, the
   * guess added more wrong events than right ones).
   */
  private Attributes refine(Match m, Attributes given) {
    if (given.country() != null && !focus(given)) {
      return given;
    }
    Attributes described = afterComma.get(m.from());
    if (described != null && described.country() != null) {
      return given.role() == null ? described : new Attributes(described.country(), described.sector(), given.role(), described.source());
    }
    Attributes after = affiliation.after(m);
    Attributes member = after != null ? after : cues.around(m); // "X von der FDP"; "SPD-Innenexperte X", "X (CSU)"
    if (member == null) {
      return given;
    }
    if (member.country() != null) {
      return new Attributes(member.country(), given.sector() != null ? given.sector() : member.sector(), given.role(), member.source());
    }
    return given.sector() == null ? new Attributes(given.country(), member.sector(), given.role(), member.source()) : given;
  }

  /**
   * The name right after {@code phrase} and a comma is the person the phrase describes ("Der Direktor
   * des BBC World Service, Helen Marsh, sagte"): it takes {@code attributes} when it is an unknown name.
   */
  void expectAfterComma(Match phrase, Attributes attributes) {
    int comma = phrase.to();
    if (comma + 1 < doc.pieces.size() && doc.pieces.get(comma).text().equals(",") && doc.pieces.get(comma + 1).sentence() == doc.last(phrase).sentence()) {
      afterComma.put(comma + 1, attributes);
    }
  }

  /**
   * A person named first by the bare name and later with a title of one of the focus state's single offices
   * ("Gusmão … Präsident Gusmão", "Außenminister Shukri"): the title's country holds for every mention, as it would
   * had the title come first. Spokespersons, officials and party chairs keep no country from the focus.
   */
  private static boolean laterOffice(ActorRef ref, Attributes a) {
    return ref.country() == null && a.role() != null && OfficeHolders.isSingleOffice(a.role());
  }

  private static boolean focus(Attributes a) {
    return Mention.isFocusSource(a.source());
  }

  /** Gives an unknown person found earlier what an apposition or a later title says, in all its mentions. */
  void update(ActorRef old, Attributes attributes) {
    String role = attributes.role() == null ? old.role() : doc.dictionary.roleLabel(attributes.role(), attributes.country());
    ActorRef ref = new ActorRef(old.id(), old.name(), old.type(), attributes.country(), attributes.sector(), role);
    if (!focus(attributes)) {
      guessed.remove(old.id());
    }
    byWord.replaceAll((word, known) -> known.id().equals(old.id()) ? ref : known);
    doc.out.replace(old.id(), ref, attributes.source());
  }

  /**
   * A later mention by the last name alone that the tagger did not mark ("Haddad" after "Khalil
   * Haddad"): a capitalized proper noun (or untagged word) outside every mention, equal to the last
   * word of an unknown person named before it.
   */
  void laterLastNames() {
    List<Mention> found = doc.out.all();
    for (Piece p : doc.pieces) {
      ActorRef ref = byWord.get(p.text());
      boolean properNoun = p.token().upos() == null || "PROPN".equals(p.token().upos());
      if (ref == null || !p.capitalized() || !properNoun || p.inCompound() || !ref.name().endsWith(" " + p.text())) {
        continue;
      }
      boolean free = found.stream().noneMatch(m -> m.span().begin() < p.end() && p.begin() < m.span().end());
      Mention first = found.stream().filter(m -> m.actor().id().equals(ref.id())).findFirst().orElse(null);
      if (free && first != null && first.span().end() <= p.begin()) {
        doc.add(p.begin(), p.end(), doc.out.lastBefore(Integer.MAX_VALUE, 0, m -> m.actor().id().equals(ref.id())).actor(), "ALIAS",
            "last name of " + ref.name(), p.sentence(), first.attributeSource());
      }
    }
  }

  /**
   * A last name said alone before the full name ("Marino bleibt im Amt. … Roms Bürgermeister Ignazio Marino …
   * Marino sagte"): the tagger's bare name became a person of its own, and every later bare mention joined it
   * rather than the full name the text described. It is the one unknown person whose full name ends in that word
   * (or in a word it may be a form of: inflection.tsv, class person, the genitive "Marinos"), so its mentions take that person; with two such persons
   * ("Thomas Strobl", "Christine Strobl"), a dictionary person of that last name in the text, or a country of its own
   * the bare name keeps what it has.
   */
  void earlierLastNames() {
    Map<String, Set<ActorRef>> byLastWord = new HashMap<>();
    Set<ActorRef> bare = new HashSet<>();
    for (ActorRef ref : byWord.values()) {
      String[] words = ref.name().split(" ");
      if (words.length > 1) {
        byLastWord.computeIfAbsent(words[words.length - 1], w -> new HashSet<>()).add(ref);
      } else if (ref.country() == null) {
        bare.add(ref);
      }
    }
    for (ActorRef one : bare) {
      String word = one.name();
      Set<ActorRef> owners = null;
      for (String base : doc.language.inflection.bases(word, "person")) {
        owners = owners == null ? byLastWord.get(base) : owners;
      }
      if (owners == null || owners.size() != 1 || knownNamesake(word)) {
        continue;
      }
      ActorRef owner = owners.iterator().next();
      doc.out.replace(one.id(), owner, "last name of " + owner.name());
      byWord.replaceAll((w, known) -> known.id().equals(one.id()) ? owner : known);
    }
  }

  /** Whether a person the dictionary knows, mentioned in the text, has {@code word} (or a word it may be a form of) as last name. */
  private boolean knownNamesake(String word) {
    Set<String> bases = doc.language.inflection.bases(word, "person");
    Set<String> unknown = new HashSet<>();
    byWord.values().forEach(r -> unknown.add(r.id()));
    return doc.out.all().stream().map(Mention::actor).filter(a -> a.type() == ActorType.PERSON && !unknown.contains(a.id()))
        .anyMatch(a -> bases.stream().anyMatch(b -> a.name().endsWith(" " + b)));
  }

  /**
   * The unknown person named before with the same first and last name and more or fewer middle names
   * ("Anna Day" after "Anna Therese Day", or the other way round): the same person, so what one
   * mention's title says holds for all. The shorter or longer name is remembered for later mentions.
   */
  private ActorRef withoutMiddleNames(String name) {
    String[] words = name.split(" ");
    if (words.length < 2) {
      return null;
    }
    String first = words[0];
    String last = words[words.length - 1];
    ActorRef byFirst = byWord.get(first);
    ActorRef byLast = byWord.get(last);
    if (byFirst == null || byLast == null || !byFirst.id().equals(byLast.id())
        || !byFirst.name().startsWith(first + " ") || !byFirst.name().endsWith(" " + last)) {
      return null;
    }
    byWord.putIfAbsent(name, byFirst);
    return byFirst;
  }

  private ActorRef create(String name, boolean person, Attributes attributes) {
    String prefix = person ? "person:" : "org:";
    String role = attributes.role() == null ? null : doc.dictionary.roleLabel(attributes.role(), attributes.country());
    ActorRef ref = new ActorRef(prefix + ActorDictionary.slug(name), name, person ? ActorType.PERSON : ActorType.ORGANIZATION,
        attributes.country(), attributes.sector(), role);
    if (person) {
      String[] words = name.split(" ");
      byWord.putIfAbsent(name, ref);
      byWord.putIfAbsent(words[words.length - 1], ref);
      byWord.putIfAbsent(words[0], ref);
    }
    return ref;
  }
}
