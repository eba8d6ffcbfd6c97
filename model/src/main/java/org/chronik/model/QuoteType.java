package org.chronik.model;

/**
 * DIRECT: a whole utterance in quotation marks; PARTIAL: quoted words inside a sentence; INDIRECT:
 * reported speech with its content ("sagte, man werde …"); REPORTED: a speech act reported without
 * its words ("forderte Neuwahlen", "sprach von einem Erfolg").
 */
public enum QuoteType { DIRECT, PARTIAL, INDIRECT, REPORTED }
