package org.chronik.eval.ner;

/** An entity over tokens [begin, end) of one sentence, with its type (PER, LOC, ORG). */
public record EntitySpan(int sentence, int begin, int end, String type) {}
