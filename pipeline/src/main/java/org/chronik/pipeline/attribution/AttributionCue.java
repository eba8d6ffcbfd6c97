package org.chronik.pipeline.attribution;

import org.chronik.model.Span;

/**
 * An attribution cue found in one sentence.
 *
 * @param sentence index of the sentence in the document
 * @param anchor index of the cue's main token in its sentence
 * @param speaker token heading who says the words according to this cue, or -1
 * @param source token heading who reports them (a quoting medium), or -1
 * @param attribution true for phrases that attribute a statement ("laut X", "wie X mitteilte")
 *     rather than introduce it
 */
public record AttributionCue(CueEntry entry, int sentence, int anchor, Span span, String text, int speaker, int source, boolean attribution) {
  public CueKind kind() {
    return entry.kind();
  }
}
