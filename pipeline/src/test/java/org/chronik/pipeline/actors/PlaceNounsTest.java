package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The place nouns of lang/de/actors/place-nouns.tsv: listed words, and compounds of the "-" endings. */
class PlaceNounsTest {
  private static final PlaceNouns NOUNS = PlaceNouns.forLanguage("de");

  @ParameterizedTest
  @ValueSource(strings = {"Stadt", "Hafenstadt", "Grenzstadt", "Dorf", "Bergdorf", "Provinz", "Grenzprovinz", "Region", "Ort", "Bezirk", "Insel"})
  void aPlaceNoun(String noun) {
    assertTrue(NOUNS.is(noun), noun);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dorfbewohner", "Wohnort", "Grenze", "Stadtrat", "Botschaft", ""})
  void noPlaceNoun(String noun) {
    assertFalse(NOUNS.is(noun), noun);
  }
}
