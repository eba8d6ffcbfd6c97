package org.chronik.model;

/** How the text presents an event. Only ASSERTED and INTENT events appear in event tables. */
public enum Modality {
  ASSERTED,
  INTENT,
  NEGATED,
  HYPOTHETICAL,
  DENIED;

  public boolean reportable() {
    return this == ASSERTED || this == INTENT;
  }
}
