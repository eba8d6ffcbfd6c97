package org.chronik.pipeline.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.CleanedText;
import org.chronik.model.Furniture;
import org.chronik.model.Layer;
import org.chronik.pipeline.Stage;

/**
 * Finds page furniture (share buttons, teasers, photo credits, bylines, agency tags, datelines) and
 * masks it with spaces, so the parser never sees it while every offset stays valid.
 */
public final class Cleaner implements Stage {
  private final List<CleaningRule> rules;

  public Cleaner(List<CleaningRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The cleaner for a language, from {@code lang/<iso>/clean/rules.txt} on the classpath. */
  public static Cleaner forLanguage(String iso) {
    return new Cleaner(CleaningRules.load("/lang/" + iso + "/clean/rules.txt"));
  }

  public List<CleaningRule> rules() {
    return rules;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layer.CLEAN);
  }

  @Override
  public AnnotatedDocument apply(AnnotatedDocument document) {
    return document.with(Layer.CLEAN, clean(document.article().body()));
  }

  public CleanedText clean(String body) {
    List<CleaningRule.Match> accepted = new ArrayList<>();
    for (CleaningRule rule : rules) {
      for (CleaningRule.Match match : rule.findAll(body)) {
        // rules run in file order: an earlier rule's match wins where two overlap
        if (accepted.stream().noneMatch(a -> a.span().overlaps(match.span()))) {
          accepted.add(match);
        }
      }
    }
    accepted.sort(Comparator.comparing(CleaningRule.Match::span));
    char[] masked = body.toCharArray();
    List<Furniture> furniture = new ArrayList<>();
    String place = null;
    String agency = null;
    for (CleaningRule.Match m : accepted) {
      for (int i = m.span().begin(); i < m.span().end(); i++) {
        if (masked[i] != '\n' && masked[i] != '\r') {
          masked[i] = ' ';
        }
      }
      furniture.add(new Furniture(m.rule().kind(), m.span(), m.span().of(body), m.rule().id()));
      if (place == null && m.place() != null) {
        place = m.place();
        agency = m.agency();
      }
    }
    return new CleanedText(new String(masked), furniture, place, agency);
  }
}
