package org.chronik.pipeline.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Answers to a thing whose author a possessive, a genitive or the sentence before names (OwnedThing,
 * act-words.tsv AUTHORED), checked as the discourse tests check their documents.
 */
class OwnedThingTest {
  private final DiscourseArgumentsTest check = new DiscourseArgumentsTest();

  @ParameterizedTest(name = "{0} => {1}")
  @CsvFileSource(resources = "/events/owned-things.tsv", delimiter = '\t', quoteCharacter = '\u0000', maxCharsPerColumn = 4096)
  void authorOfTheThing(String text, String expectation) {
    check.discourse(text, expectation);
  }
}
