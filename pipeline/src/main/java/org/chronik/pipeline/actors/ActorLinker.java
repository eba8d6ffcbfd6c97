package org.chronik.pipeline.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.pipeline.Stage;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Finds who is who in a document: dictionary names (inflected, inside compounds), guarded fuzzy
 * matches, tagger names, office titles resolved on the article's date, and in-document coreference.
 * Produces MENTIONS (one per reference, plural references one per actor) and ACTORS.
 */
public final class ActorLinker implements Stage {
  private final ActorDictionary dictionary;
  private final ActorLanguage language;
  private final SurfaceIndex index;

  private ActorLinker(ActorDictionary dictionary, ActorLanguage language) {
    this.dictionary = dictionary;
    this.language = language;
    this.index = new SurfaceIndex(dictionary, language);
  }

  /** The linker for a language with the built-in dictionaries. */
  public static ActorLinker forLanguage(String iso) {
    return forLanguage(iso, ActorDictionary.standard());
  }

  /** The linker for a language with the built-in dictionaries extended by user files. */
  public static ActorLinker forLanguage(String iso, List<Path> extraFiles) {
    return forLanguage(iso, ActorDictionary.load(extraFiles));
  }

  public static ActorLinker forLanguage(String iso, ActorDictionary dictionary) {
    return new ActorLinker(dictionary, ActorLanguage.forLanguage(iso));
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layer.MENTIONS, Layer.ACTORS);
  }

  @Override
  public AnnotatedDocument apply(AnnotatedDocument document) {
    var clean = document.find(Layer.CLEAN);
    List<Span> datelines = clean.map(c -> c.furniture().stream().filter(f -> f.kind().equals("DATELINE")).map(f -> f.span()).toList()).orElse(List.of());
    String place = clean.map(c -> c.datelinePlace()).orElse(null);
    List<Mention> mentions = mentions(document.article().body(), document.layer(Layer.SENTENCES), document.article().creationDate(), datelines, place);
    return document.with(Layer.MENTIONS, mentions).with(Layer.ACTORS, MentionList.actors(mentions));
  }

  /** The mentions of a body split into sentences, dated {@code date} (null: roles held now), without dateline. */
  public List<Mention> mentions(String body, List<Sentence> sentences, org.chronik.model.PartialDate date) {
    return mentions(body, sentences, date, List.of(), null);
  }

  /**
   * The mentions of a body split into sentences, dated {@code date} (null: roles held now). {@code
   * datelines} are the cleaner's DATELINE spans (no actor there) and {@code datelinePlace} its place (for the focus country).
   */
  public List<Mention> mentions(String body, List<Sentence> sentences, org.chronik.model.PartialDate date, List<Span> datelines, String datelinePlace) {
    List<Piece> pieces = Piece.of(body, sentences);
    List<Match> matches = new ArrayList<>(index.matches(pieces));
    Set<String> persons = new LinkedHashSet<>();
    for (Match m : matches) {
      if (m.target().kind() == Kind.PERSON && !pieces.get(m.from()).hyphenBefore() && !pieces.get(m.to() - 1).hyphenAfter()) {
        persons.add(m.target().key());
      }
    }
    // "Wiener Philharmoniker": a town's adjective that begins a tagged name is part of the name, no state's word
    List<Match> adjectivesOfNames = matches.stream().filter(m -> NameCandidates.beginsTaggedName(pieces, m, matches)).toList();
    matches.removeAll(adjectivesOfNames);
    boolean[] covered = cover(pieces.size(), matches);
    for (Match fuzzy : NameCandidates.fuzzy(pieces, covered, persons)) {
      matches.removeIf(m -> m.from() < fuzzy.to() && fuzzy.from() < m.to());
      matches.add(fuzzy);
    }
    covered = cover(pieces.size(), matches);
    // a tagger's run may swallow a first name alone ("Christian" of another Christian's full name)
    boolean[] free = cover(pieces.size(), matches.stream().filter(m -> m.target().kind() != Kind.SHORT_NAME).toList());
    for (Match run : NameCandidates.tagged(pieces, free, language.eventHeads)) {
      boolean widerThanShortNames = matches.stream().filter(m -> m.from() < run.to() && run.from() < m.to())
          .allMatch(m -> m.target().kind() == Kind.SHORT_NAME && m.to() - m.from() < run.to() - run.from());
      if (widerThanShortNames) {
        Match spelling = NameCandidates.variantSpelling(run, pieces, matches, dictionary);
        matches.removeIf(m -> m.from() < run.to() && run.from() < m.to());
        matches.add(spelling != null ? spelling : run);
      }
    }
    // a capitalized country adjective or a country name may begin an organisation's name ("Sudanesische Befreiungsarmee", "Sudan Liberation Movement")
    boolean[] named = cover(pieces.size(), matches.stream().filter(m -> m.target().kind() != Kind.SHORT_NAME
        && m.target().kind() != Kind.UNKNOWN_ORGANIZATION && m.target().kind() != Kind.UNKNOWN_PERSON
        && !(m.target().kind() == Kind.ADJECTIVE && pieces.get(m.from()).capitalized())).toList());
    for (Match shape : OrganizationShapes.find(pieces, named, language)) {
      if (matches.stream().anyMatch(m -> m.target().kind() == Kind.UNKNOWN_ORGANIZATION && m.from() < shape.to() && shape.from() < m.to())) {
        continue; // the tagger's own organisation name keeps its extent
      }
      matches.removeIf(m -> m.from() < shape.to() && shape.from() < m.to());
      matches.add(shape);
    }
    matches.sort(Comparator.comparingInt(Match::from));
    var document = new LinkContext.Document(date, body, pieces, matches, persons, covered, datelines, datelinePlace);
    return new MentionResolver(new LinkContext(dictionary, language, document)).resolve().mentions();
  }

  private static boolean[] cover(int size, List<Match> matches) {
    boolean[] covered = new boolean[size];
    for (Match m : matches) {
      for (int k = m.from(); k < m.to(); k++) {
        covered[k] = true;
      }
    }
    return covered;
  }
}
