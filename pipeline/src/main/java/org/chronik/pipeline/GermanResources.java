package org.chronik.pipeline;

import org.chronik.pipeline.attribution.AttributionLexicon;
import org.chronik.pipeline.corenlp.ParseSelector;
import org.chronik.pipeline.events.EventCoder;
import org.chronik.pipeline.lemma.GermanLexicon;
import org.chronik.pipeline.lemma.LemmaPreferences;
import org.chronik.pipeline.lemma.Lemmatizer;
import org.chronik.pipeline.parse.MistaggedVerbs;
import org.chronik.pipeline.parse.TriggerSelector;
import org.chronik.pipeline.parse.VerbRepair;
import org.chronik.pipeline.quotes.QuoteFinder;
import org.chronik.pipeline.quotes.QuoteLexicon;

/**
 * The German knowledge the rule stages share, each part loaded once: the full-form lexicon (read
 * by the lemmatizer, the repair of misread verbs, the time tagger's tense reading, the quote finder's mood and the event coder's
 * case check), the quote, attribution and event lexicons, and the parse selector built from them. Immutable;
 * the stages built from it are shared by all threads.
 */
record GermanResources(GermanLexicon lexicon, Lemmatizer lemmatizer, VerbRepair verbRepair, QuoteFinder quotes, EventCoder events, ParseSelector selector) {
  /** @param parseAll parse every sentence instead of the ones the lexicons choose */
  static GermanResources load(boolean parseAll) {
    GermanLexicon lexicon = GermanLexicon.load();
    Lemmatizer lemmatizer = new Lemmatizer(lexicon, LemmaPreferences.forLanguage("de"));
    // finite verbs the tagger read as adjectives or nouns: the selector and the repair stage read them alike
    MistaggedVerbs mistagged = MistaggedVerbs.forLanguage("de", lexicon);
    QuoteLexicon quoteLexicon = QuoteLexicon.forLanguage("de", lexicon);
    // one list of attribution cues for quotations and events ("laut X", "sagte X", "nach Angaben X")
    AttributionLexicon attribution = AttributionLexicon.forLanguage("de", quoteLexicon.morphology());
    QuoteFinder quotes = new QuoteFinder(quoteLexicon, attribution);
    EventCoder events = EventCoder.german(lexicon, attribution);
    // the parser runs only on sentences where an event trigger or a quotation cue may match
    ParseSelector selector = parseAll ? ParseSelector.ALL : new TriggerSelector(lemmatizer, events.lexicon(), quoteLexicon, attribution, mistagged);
    return new GermanResources(lexicon, lemmatizer, new VerbRepair(mistagged, lexicon), quotes, events, selector);
  }
}
