package org.chronik.bench;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.chronik.eval.timex.PeerTimeTagger;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;
import org.chronik.model.TimeExpression;

/**
 * HeidelTime 2.2.1 (GPL) for German without a POS tagger, as the peer Chronik's time tagger is measured
 * against. Evaluation only; one instance per document type, not thread-safe (HeidelTime is not).
 */
public final class HeidelTimePeer implements PeerTimeTagger {
  private final String config = HeidelTimeConfig.write();
  private HeidelTimeStandalone news;
  private HeidelTimeStandalone narratives;

  @Override
  public String name() {
    return "heideltime";
  }

  @Override
  public synchronized List<TimeExpression> tag(Article article, boolean narrative) {
    HeidelTimeStandalone tagger = narrative ? narratives() : news();
    PartialDate dct = article.creationDate() == null ? PartialDate.parse("2000-01-01") : article.creationDate();
    Date date = Date.from(dct.start().atStartOfDay().toInstant(ZoneOffset.UTC));
    try {
      return TimeMlReader.read(tagger.process(article.body(), date), article.body());
    } catch (DocumentCreationTimeMissingException e) {
      throw new IllegalStateException("HeidelTime wants a creation date for " + article.source(), e);
    }
  }

  private HeidelTimeStandalone news() {
    if (news == null) {
      news = new HeidelTimeStandalone(Language.GERMAN, DocumentType.NEWS, OutputType.TIMEML, config, POSTagger.NO);
    }
    return news;
  }

  private HeidelTimeStandalone narratives() {
    if (narratives == null) {
      narratives = new HeidelTimeStandalone(Language.GERMAN, DocumentType.NARRATIVES, OutputType.TIMEML, config, POSTagger.NO);
    }
    return narratives;
  }
}
