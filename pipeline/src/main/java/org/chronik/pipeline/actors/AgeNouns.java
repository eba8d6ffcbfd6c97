package org.chronik.pipeline.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.io.Tsv;

/** age-nouns.tsv: article and age noun ("der" + "Jährige") with the gender they give ("m", "f"). */
final class AgeNouns {
  private final Map<String, String> genders = new HashMap<>();
  private final Set<String> nouns = new HashSet<>();

  AgeNouns(String resource) {
    for (Tsv.Row row : Tsv.resource(resource)) {
      if (!row.field(0).equals("article")) {
        genders.put(row.field(0).toLowerCase(Locale.ROOT) + " " + row.field(1), row.field(2));
        nouns.add(row.field(1));
      }
    }
  }

  /** The noun forms ("Jährige", "Jährigen"). */
  Set<String> nouns() {
    return nouns;
  }

  /** "m" or "f" for the article (any case) before the noun, or null when the pair is not listed. */
  String gender(String article, String noun) {
    return genders.get(article.toLowerCase(Locale.ROOT) + " " + noun);
  }
}
