package org.chronik.eval;

/**
 * The tallies behind one layer's figures. Figures whose denominator is 0 are null (printed as
 * {@code null} / "-"): no output and no gold is no evidence either way, and inventing 1.0 or 0.0
 * would move the micro-averaged totals.
 *
 * @param system system items scored (the precision denominator)
 * @param systemCorrect system items that match gold
 * @param required required gold items (the recall denominator)
 * @param requiredFound required gold items matched
 * @param checked matched items whose extra attribute was checked (value, speaker, country/sector)
 * @param checkedCorrect of those, how many agree with gold
 */
public record Counts(int system, int systemCorrect, int required, int requiredFound, int checked, int checkedCorrect) {
  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

  public Counts plus(Counts o) {
    return new Counts(system + o.system, systemCorrect + o.systemCorrect, required + o.required,
        requiredFound + o.requiredFound, checked + o.checked, checkedCorrect + o.checkedCorrect);
  }

  public Double precision() {
    return ratio(systemCorrect, system);
  }

  public Double recall() {
    return ratio(requiredFound, required);
  }

  /** Harmonic mean of precision and recall; null when either is undefined. */
  public Double f1() {
    Double p = precision();
    Double r = recall();
    if (p == null || r == null) {
      return null;
    }
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** The attribute figure: value accuracy, speaker accuracy or actor attribute accuracy. */
  public Double accuracy() {
    return ratio(checkedCorrect, checked);
  }

  private static Double ratio(int num, int den) {
    return den == 0 ? null : (double) num / den;
  }
}
