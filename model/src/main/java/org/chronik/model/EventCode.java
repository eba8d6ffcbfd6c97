package org.chronik.model;

/**
 * A CAMEO event code with its Goldstein value, quad class and PLOVER mapping.
 *
 * @param quad 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record EventCode(String code, String name, double goldstein, int quad, String ploverType, String ploverMode) {
  /** The two-digit root ("04" for "041"). */
  public String root() {
    return code.substring(0, 2);
  }
}
