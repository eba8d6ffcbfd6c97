package org.chronik.pipeline.events;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.Sentence;
import org.chronik.model.Token;
import org.chronik.pipeline.Stage;

/**
 * TEST DOUBLE: a one-token regex actor lookup from {@code events/test-actors.tsv}, and an empty TIMEX
 * layer when none is present. Stands in for the actors and timex stages in unit tests only.
 */
final class TestActors implements Stage {
  private record Entry(Pattern pattern, ActorRef ref) {}

  private final List<Entry> entries = new ArrayList<>();

  TestActors() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        TestActors.class.getResourceAsStream("/events/test-actors.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        ActorType type = ActorType.valueOf(f[2]);
        entries.add(new Entry(Pattern.compile(f[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            new ActorRef("test:" + f[1] + ":" + f[0].hashCode(), f[1], type, f[1], null, null)));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layer.MENTIONS, Layer.TIMEX);
  }

  @Override
  public AnnotatedDocument apply(AnnotatedDocument doc) {
    List<Mention> mentions = new ArrayList<>();
    for (Sentence s : doc.layer(Layer.SENTENCES)) {
      for (Token t : s.tokens()) {
        for (Entry e : entries) {
          if (e.pattern.matcher(t.text()).matches()) {
            mentions.add(new Mention(t.span(), t.text(), e.ref, "NAME", "test-double"));
            break;
          }
        }
      }
    }
    AnnotatedDocument out = doc.has(Layer.MENTIONS) ? doc : doc.with(Layer.MENTIONS, List.copyOf(mentions));
    return out.has(Layer.TIMEX) ? out : out.with(Layer.TIMEX, List.of());
  }
}
