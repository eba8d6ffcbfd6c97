package org.chronik.pipeline.quotes;

import org.chronik.model.Span;
import org.chronik.pipeline.attribution.CueEntry;
import org.chronik.pipeline.attribution.CueKind;

/**
 * An attribution cue of the sentence with its speaker and source linked to parties.
 *
 * @param anchor index of the cue's main token in its sentence
 * @param speaker who says the words according to this cue, or null
 * @param source who reports them according to this cue (a quoting medium), or null
 * @param attribution true for phrases that attribute a statement ("laut X", "wie X mitteilte")
 *     rather than introduce it
 */
record Cue(CueEntry entry, int sentence, int anchor, Span span, String text, Party speaker, Party source, boolean attribution) {
  CueKind kind() {
    return entry.kind();
  }

  boolean isAnaphor() {
    return entry.kind() == CueKind.ANAPHOR;
  }
}
