package org.chronik.model;

import java.util.List;

/**
 * The body as the parser should see it: same length as the body, with every furniture character
 * replaced by a space (line breaks kept), so that offsets never move.
 *
 * @param datelinePlace the place of a dateline ("Peking", "Peking/Moskau"), or null
 * @param datelineAgency the agency named in a dateline ("Reuters"), or null
 */
public record CleanedText(String text, List<Furniture> furniture, String datelinePlace, String datelineAgency) {
  public CleanedText {
    furniture = List.copyOf(furniture);
  }
}
