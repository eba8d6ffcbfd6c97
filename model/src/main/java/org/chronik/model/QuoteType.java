package org.chronik.model;

/** DIRECT: a whole utterance in quotation marks; PARTIAL: quoted words inside a sentence; INDIRECT: reported speech. */
public enum QuoteType { DIRECT, PARTIAL, INDIRECT }
