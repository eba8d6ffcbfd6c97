package org.chronik.pipeline.events;

/**
 * What the filling of a sentence's missing actors reads, shared by {@link ImplicitArguments} and {@link
 * ImplicitTarget}: the language's knowledge, the argument finder, the document's countries, its discourse
 * memory and its anaphora. One per document.
 */
record ImplicitParts(EventCoder.Knowledge knowledge, ArgumentFinder finder, FocusCountry countries, Discourse discourse,
    Anaphora anaphora) {}
