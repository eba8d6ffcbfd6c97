package org.chronik.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What a user adds to a language's pipeline.
 *
 * @param actorFiles actor dictionary files or folders (such as {@code actors import-wikidata}
 *     writes) that extend and override the shipped dictionaries
 */
public record PipelineOptions(List<Path> actorFiles) {
  public PipelineOptions {
    actorFiles = List.copyOf(actorFiles);
  }

  public static PipelineOptions defaults() {
    return new PipelineOptions(List.of());
  }

  public static PipelineOptions withActors(List<Path> actorFiles) {
    return new PipelineOptions(actorFiles);
  }
}
