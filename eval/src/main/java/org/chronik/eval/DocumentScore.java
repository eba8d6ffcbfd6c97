package org.chronik.eval;

/**
 * The scores of one document. A layer is null when the gold file has no list for it (not scored);
 * a layer the system did not produce is scored as empty output.
 */
public record DocumentScore(
    String document,
    String documentType,
    LayerScore actors,
    LayerScore time,
    EventScorer.Result events,
    LayerScore quotes) {}
