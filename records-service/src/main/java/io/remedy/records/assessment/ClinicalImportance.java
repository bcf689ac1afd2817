package io.remedy.records.assessment;

/**
 * Whether a change in an outcome measure matters clinically: ODI by 10 points or 30 % of the baseline, NRS by
 * 2 points or 30 % of the baseline. A change is measured from the baseline (first) to the latest value;
 * negative is better. Report SQL (records' {@code /reports}) applies the same thresholds.
 */
public final class ClinicalImportance {

    /** ODI points that matter. */
    public static final double ODI_POINTS = 10;
    /** NRS points that matter. */
    public static final double NRS_POINTS = 2;
    /** Share of the baseline that matters, for both measures. */
    public static final double SHARE = 0.30;

    private ClinicalImportance() {
    }

    /** True if the ODI moved (either way) by 10 points or 30 % of the baseline. */
    public static boolean odi(double baseline, double latest) {
        return important(baseline, latest, ODI_POINTS);
    }

    /** True if the NRS moved (either way) by 2 points or 30 % of the baseline. */
    public static boolean nrs(double baseline, double latest) {
        return important(baseline, latest, NRS_POINTS);
    }

    /** True if the ODI fell by an important amount. */
    public static boolean odiImproved(double baseline, double latest) {
        return latest < baseline && odi(baseline, latest);
    }

    /** True if the NRS fell by an important amount. */
    public static boolean nrsImproved(double baseline, double latest) {
        return latest < baseline && nrs(baseline, latest);
    }

    /** The change as a share of the baseline (e.g. -0.25); null when the baseline is 0. */
    public static Double share(double baseline, double latest) {
        return baseline == 0 ? null : (latest - baseline) / baseline;
    }

    private static boolean important(double baseline, double latest, double points) {
        double change = Math.abs(latest - baseline);
        // a small tolerance, so 30 % of a baseline such as 10 is not lost to binary fractions
        return change >= points - 1e-9 || (baseline > 0 && change / baseline >= SHARE - 1e-9);
    }
}
