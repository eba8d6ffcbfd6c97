package org.chronik.schema;

import static org.chronik.schema.ColumnType.INTEGER;
import static org.chronik.schema.ColumnType.VARCHAR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.Sentence;
import org.chronik.model.Token;

/** A row of {@code sentences}: the sentence's span and its tokens as a JSON array. */
public record SentenceRow(String articleId, Integer sentenceIndex, Integer spanBegin, Integer spanEnd, Integer tokenCount,
    String tokens) {

  public static final Table<SentenceRow> TABLE = Table.of("sentences", SentenceRow.class,
      Column.required("article_id", VARCHAR, SentenceRow::articleId),
      Column.required("sentence_index", INTEGER, SentenceRow::sentenceIndex),
      Column.required("span_begin", INTEGER, SentenceRow::spanBegin),
      Column.required("span_end", INTEGER, SentenceRow::spanEnd),
      Column.required("token_count", INTEGER, SentenceRow::tokenCount),
      Column.of("tokens", VARCHAR, SentenceRow::tokens));

  static SentenceRow of(String articleId, Sentence s) {
    return new SentenceRow(articleId, s.index(), s.span().begin(), s.span().end(), s.size(), Values.json(tokens(s)));
  }

  /** One object a token: index, text (surface when it differs), offsets, lemma, UPOS, STTS, NER, head, relation. */
  private static List<Map<String, Object>> tokens(Sentence s) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("i", t.index());
      m.put("text", t.text());
      if (t.surface() != null && !t.surface().equals(t.text())) {
        m.put("surface", t.surface());
      }
      m.put("begin", t.begin());
      m.put("end", t.end());
      m.put("lemma", t.lemma());
      m.put("upos", t.upos());
      m.put("xpos", t.xpos());
      m.put("ner", t.ner());
      m.put("head", t.head());
      m.put("deprel", t.deprel());
      out.add(m);
    }
    return out;
  }
}
