package org.chronik.model;

/**
 * A temporal expression and its normalized TIMEX value.
 *
 * @param type DATE, TIME, DURATION or SET
 * @param value TIMEX value: "2022-02-04", "2022-02", "2022-W05", "2022-02-04TEV", "P3W", "PAST_REF", …
 * @param mod TIMEX modifier (START, MID, END, APPROX, …) or null
 * @param rule id of the rule that produced it
 */
public record TimeExpression(Span span, String text, String type, String value, String mod, String rule) {}
