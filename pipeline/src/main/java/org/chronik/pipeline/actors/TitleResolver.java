package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;
import org.chronik.pipeline.actors.UnknownNames.Attributes;

/**
 * Office titles. The title's country comes from a country word before it ("der ägyptische
 * Innenminister"), a state in the genitive after it ("der Präsident Frankreichs"), an organisation
 * ("UN-Generalsekretär", "Generalsekretär der Vereinten Nationen", "der Hamas-Führer"), a possessive
 * ("sein Ministerpräsident"), or the article's dominant focus country. With a name after it, the name
 * is the mention (an unknown name becomes a person of that country, sector and role); after a person
 * and a comma it describes that person (apposition); else the holder on the date (undated: one it names).
 */
final class TitleResolver {
  static final String SAME_AS_PREVIOUS = "SAME_AS_PREVIOUS";
  /** The role of titles that name no single office (titles.tsv). */
  static final String OTHER = "OTHER";
  /** Sectors of a state's own bodies and of parties, whose titles keep their sector ("Pentagon-Chef", "FDP-Abgeordneter"). */
  private static final java.util.Set<String> KEEP_TITLE_SECTOR = java.util.Set.of("GOV", "MIL", "COP", "LEG", "JUD", "OPP");
  /** The sector of a government's own bodies, whose head may hold a state office ("Präsident der Autonomiebehörde"). */
  private static final String GOVERNMENT = "GOV";

  private final LinkContext doc;
  private final OfficeHolders offices;
  private final UnknownNames unknown;
  private final Possessor possessor;
  private final TitledNames names;
  private final TitleAppositions appositions;
  private String lastRole;

  TitleResolver(LinkContext doc, UnknownNames unknown, Possessor possessor, ShortNames shortNames) {
    this.doc = doc;
    this.offices = new OfficeHolders(doc.dictionary, doc.date, new NamedHolders(doc.dictionary, doc.matches));
    this.unknown = unknown;
    this.possessor = possessor;
    this.names = new TitledNames(doc, unknown, shortNames, offices);
    this.appositions = new TitleAppositions(doc, unknown);
  }

  /** A title after a state's word at {@code jCountry}: "der ägyptische Innenminister", "US-Präsident". Returns the last match used. */
  int withCountry(int jCountry, int jTitle) {
    Match country = doc.match(jCountry);
    String source = "title: " + doc.text(doc.first(country).begin(), doc.last(doc.match(jTitle)).end());
    String own = doc.match(jTitle).target().country();
    if (own != null && !List.of(own.split("\\|")).contains(country.target().key())) {
      // "der argentinische Papst", "der luxemburgische Kommissionspräsident": the office is another
      // body's (titles.tsv country); the country word only says where its holder comes from
      return resolve(jCountry, jTitle, jTitle, doc.focus.among(own), null, source);
    }
    return resolve(jCountry, jTitle, jTitle, country.target().key(), null, source);
  }

  /** A title after an organisation: "UN-Generalsekretär" (the office's holder), "Hamas-Führer X" (a member). */
  int withOrganization(int jOrg, int jTitle, OrganizationEntry org) {
    Target title = doc.match(jTitle).target();
    String role = role(title);
    ActorRef holder = role == null ? null : offices.igoHolder(org, role, doc.match(jTitle).from()).orElse(null);
    if (holder == null && role != null && offices.isIgo(title.country()) && title.country().equals(org.country())) {
      holder = offices.holderOrOffice(title.country(), role, title.sector(), doc.match(jTitle).from()); // "EU-Kommissionschefin": the title names its office
    }
    if (!nameFollows(jTitle) && FormerTitles.test(doc, jOrg, jTitle)) {
      return jTitle; // "der frühere UN-Generalsekretär": neither today's holder nor the body acting
    }
    if (holder != null && !nameFollows(jTitle)) {
      return add(jOrg, jTitle, holder, role);
    }
    if (!nameFollows(jTitle)) {
      doc.add(doc.match(jOrg), doc.organization(org), "NAME", "organizations.tsv:" + org.name());
      return jTitle;
    }
    doc.add(doc.match(jOrg), doc.organization(org), "NAME", "organizations.tsv:" + org.name()); // the body is named too
    String source = "membership: " + doc.text(doc.first(doc.match(jOrg)).begin(), doc.last(doc.match(jTitle)).end());
    return resolve(jOrg, jTitle, jTitle, org.country(), Affiliation.memberSector(doc, org), source);
  }

  /** A title without a word before it that gives its country. Returns the last match used. */
  int alone(int jTitle) {
    Match title = doc.match(jTitle);
    if (doc.last(title).hyphenAfter() && !doc.language.coordinators.contains(doc.word(title.to()))) {
      return jTitle; // "Premier-League", "Kanzler-Duell": only the first part of a compound, no person
    }
    if (TitleShapes.ofUnknownBody(doc, title)) { // "Wirtschaftskammer-Präsident X": the office of a body no dictionary knows, none of a state
      TitledNames.Phrase phrase = new TitledNames.Phrase(jTitle, jTitle, jTitle, OTHER,
          new Attributes(null, null, null, "title of a body: " + doc.text(doc.pieces.get(title.from() - 1).begin(), doc.last(title).end())));
      TitledNames.Named found = names.link(phrase, false);
      return found == null ? jTitle : found.last();
    }
    if ((title.target().country() == null || OtherBodyTitles.ofOtherBody(doc, offices, title, jTitle)) && doc.hasMatch(jTitle + 1) && TitleShapes.genitive(doc, title, doc.match(jTitle + 1))) {
      Match after = doc.match(jTitle + 1);
      Kind kind = after.target().kind();
      String source = "genitive: " + doc.text(doc.first(after).begin(), doc.last(after).end());
      if (kind == Kind.COUNTRY && doc.isState(after.target().key())) {
        doc.addCountryWord(after);
        return resolve(jTitle, jTitle, jTitle + 1, after.target().key(), null, source);
      }
      OrganizationEntry org = kind == Kind.ORGANIZATION ? doc.dictionary.organization(doc.focus.organizationInContext(after).key()).orElse(null) : null;
      String role = role(title.target());
      ActorRef holder = org == null || role == null ? null : offices.igoHolder(org, role, title.from()).orElse(null);
      if (holder != null) {
        return add(jTitle, jTitle + 1, holder, role);
      }
      if (org != null) { // "Sprecher der Hamas": a member; the organisation is its own mention
        String why = "membership: " + doc.text(doc.first(title).begin(), doc.last(after).end());
        String bodySector = Affiliation.memberSector(doc, org);
        // "die Präsidentin der Arbeiterkammer", "der Präsident des Verfassungsgerichts": the body's head, no office of
        // its state (a government body's may be one: "der Präsident der Autonomiebehörde")
        boolean bodyHead = offices.isSingleOffice(role) && !GOVERNMENT.equals(bodySector);
        String sector = title.target().sector() != null && !bodyHead ? title.target().sector() : bodySector;
        unknown.expectAfterComma(after, new Attributes(org.country(), sector, bodyHead ? OTHER : role, why)); // "Der Direktor des BBC World Service, Helen Marsh"
        ActorRef official = nameFollows(jTitle) || FormerTitles.test(doc, jTitle, jTitle) ? null : PlaceOffices.official(doc, title, jTitle + 1, org);
        if (official != null) { // "der Bürgermeister von Chicago": an official of the place's state; "X, der Bürgermeister von Chicago": X
          String office = "office of a place: " + doc.text(doc.first(title).begin(), doc.last(after).end());
          return appositions.describe(jTitle, jTitle, new Attributes(official.country(), official.sector(), OTHER, office)) ? jTitle : add(jTitle, jTitle + 1, official, role, office);
        }
        if (bodyHead) {
          Attributes head = new Attributes(org.country(), bodySector, OTHER, why);
          if (appositions.describe(jTitle, jTitle, head)) {
            return jTitle; // "X, Präsident des Verfassungsgerichts": X
          }
          TitledNames.Named found = names.link(new TitledNames.Phrase(jTitle, jTitle, jTitle, OTHER, head), false);
          return found == null ? jTitle : found.last();
        }
        return resolve(jTitle, jTitle, jTitle, org.country(), bodySector, why);
      }
      Match noun = doc.next(jTitle + 1);
      if (after.target().kind() == Kind.ADJECTIVE && doc.isState(after.target().key()) && noun != null && noun.target().kind() == Kind.GROUP) {
        // "Sprecher des äthiopischen Außenministeriums": the ministry is its own mention
        return resolve(jTitle, jTitle, jTitle, after.target().key(), noun.target().sector(), "genitive: " + doc.text(doc.first(after).begin(), doc.last(noun).end()));
      }
    }
    Possessor.Found owner = possessor.before(title);
    if (owner != null && title.target().country() == null && !SAME_AS_PREVIOUS.equals(title.target().key())) {
      return resolve(jTitle, jTitle, jTitle, owner.country(), null, "possessive: " + owner.ref().name());
    }
    return resolve(jTitle, jTitle, jTitle, doc.focus.among(title.target().country()), null, null);
  }

  /**
   * The title phrase of matches {@code jStart}..{@code jLast} with its title at {@code jTitle}, in
   * {@code country} (null: unknown). Returns the last match used.
   */
  private int resolve(int jStart, int jTitle, int jLast, String country, String orgSector, String source) {
    Target t = doc.match(jTitle).target();
    String role = role(t);
    if (role == null) {
      return jLast;
    }
    lastRole = role;
    // "ÖGB-Präsident X", "Caritas-Direktor X", "CDU-Generalsekretär X": a state's or an international body's
    // title after a body outside the state (a governing party's for an IGO title) names that body's office
    boolean ofBody = orgSector != null && jStart != jTitle && !offices.isIgo(country)
        && (!KEEP_TITLE_SECTOR.contains(orgSector) || "IGO".equals(t.sector()));
    String sector = ofBody || orgSector != null && t.sector() == null ? orgSector : t.sector() != null ? t.sector() : orgSector;
    boolean former = FormerTitles.test(doc, jStart, jTitle); // "der frühere Premierminister X": a person of the country, no office
    Attributes said = former ? new Attributes(country, null, OTHER, "former: " + source) : new Attributes(country, sector, ofBody ? OTHER : role, source);
    TitledNames.Phrase phrase = new TitledNames.Phrase(jStart, jTitle, jLast, role, said);
    boolean named = names.follows(phrase);
    // "US-Präsident Barack Obama" names the United States too; the title phrase stays the person's, so events find him on its head
    boolean countryNamed = named && jStart != jTitle && doc.match(jStart).target().isCountryWord();
    boolean prefixed = named && jStart != jTitle; // "EU-Ratspräsident Donald Tusk", "ÖGB-Präsident X": so with a body
    if (countryNamed) {
      doc.addCountryWord(doc.match(jStart));
    }
    TitledNames.Named found = names.link(phrase);
    if (found != null) {
      if (prefixed && found.person() != null) {
        add(jStart, jTitle, found.person(), role);
      }
      return found.last();
    }
    if (former && !appositions.describe(jStart, jLast, said)) { // "X, der frühere Außenminister": X
      ActorRef earlier = FormerTitles.earlier(doc, offices, jLast, country, role); // "der Ex-Präsident": no holder of today, one named before
      return earlier == null ? jLast : add(jStart, jLast, earlier, role, said.source());
    }
    if (former) {
      return jLast;
    }
    Match start = doc.match(jStart);
    if (jStart != jTitle && start.target().isCountryWord() && !OTHER.equals(role) && t.sector() != null) {
      doc.addCountryWord(start); // "der deutsche Außenminister" mentions Germany; with a name after it the name is the actor
    }
    if (appositions.describe(jStart, jLast, said)) {
      return jLast;
    }
    if (OTHER.equals(role) || t.sector() == null) {
      if (jStart != jTitle && start.target().isCountryWord()) { // "Frankreichs Botschafter": France
        doc.add(start, doc.dictionary.countryRef(start.target().key(), null), "ADJECTIVE", "countries.tsv:" + start.target().key());
      }
      return jLast; // no single office: it only describes a name after it or a person before it
    }
    if (country == null) {
      boolean afterRegion = jStart > 0 && doc.match(jStart - 1).to() == doc.match(jStart).from() && doc.match(jStart - 1).target().isCountryWord();
      Piece head = doc.last(doc.match(jTitle));
      boolean plural = head.token().xpos() != null && head.token().xpos().contains(":PLU");
      boolean genitiveAfter = doc.language.genitiveArticles.contains(doc.word(doc.match(jTitle).to())); // "die Außenminister der 27 Staaten"
      boolean single = !afterRegion && !genitiveAfter && !doc.language.coordinators.contains(doc.word(doc.match(jTitle).to()));
      ActorRef earlier = doc.out.last(ref -> ref.type() == ActorType.PERSON && (ref.role() != null // "Kanzler und SPÖ-Chef X": X's
          && ref.role().equals(doc.dictionary.roleLabel(role, ref.country())) || single && offices.heldUndated(ref, role)));
      if (earlier == null && doc.focus.dominant() && !offices.isIgo(t.country()) && !afterRegion && !plural && !genitiveAfter) {
        country = doc.focus.key();
        source = org.chronik.model.Mention.focusSource(country);
        if (!offices.hasHolder(country, role, doc.match(jTitle).from())) {
          return jLast;
        }
        return add(jStart, jLast, offices.holderOrOffice(country, role, sector, doc.match(jTitle).from()), role, source);
      }
      if (earlier != null) {
        add(jStart, jLast, earlier, role, null);
      }
      return jLast;
    }
    if (!doc.isState(country) && !country.equals(t.country())) {
      return jLast; // "die Außenminister der EU": members of a body, no office of it
    }
    ActorRef holder = offices.holderOrOffice(country, role, sector, doc.match(jTitle).from());
    if (holder.id().startsWith("office:") && !offices.isSingleOffice(role)) {
      return jLast; // "der libanesische Militärsprecher": one of many, not an office of its own
    }
    return add(jStart, jLast, holder, role, source);
  }

  private int add(int jStart, int jLast, ActorRef ref, String role) {
    return add(jStart, jLast, ref, role, null);
  }

  private int add(int jStart, int jLast, ActorRef ref, String role, String source) {
    Piece first = doc.first(doc.match(jStart));
    doc.add(first.begin(), doc.last(doc.match(jLast)).end(), ref, "TITLE", "titles.tsv:" + role, first.sentence(), source);
    return jLast;
  }

  /** The role of a title; "Amtskollege" takes the role of the title before it. */
  private String role(Target t) {
    return SAME_AS_PREVIOUS.equals(t.key()) ? lastRole : t.key();
  }

  boolean nameFollows(int jTitle) {
    Match name = doc.next(jTitle);
    Kind kind = name == null ? null : name.target().kind();
    return kind == Kind.PERSON || kind == Kind.FUZZY_PERSON || kind == Kind.SHORT_NAME || NameAfter.end(doc, doc.match(jTitle)) > doc.match(jTitle).to();
  }

}
