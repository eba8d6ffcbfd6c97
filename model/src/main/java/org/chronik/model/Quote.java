package org.chronik.model;

/**
 * Reported speech with its speaker.
 *
 * @param span the quoted words, without the quotation marks
 * @param cue span of the speech verb or attribution phrase, or null
 * @param speaker who said it, or null when unknown
 * @param speakerSpan where the speaker is named, or null
 * @param source who reported it (CCTV quoting Xi: source CCTV), or null
 */
public record Quote(
    Span span,
    String text,
    QuoteType type,
    Span cue,
    String cueText,
    ActorRef speaker,
    Span speakerSpan,
    ActorRef source) {}
