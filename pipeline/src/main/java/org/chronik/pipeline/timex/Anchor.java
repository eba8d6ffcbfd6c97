package org.chronik.pipeline.timex;

import org.chronik.model.PartialDate;

/**
 * The date an expression is resolved against.
 *
 * @param mentioned true when the date is one the text mentioned, false for the creation date
 */
record Anchor(PartialDate date, boolean mentioned) {}
