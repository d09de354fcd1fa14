package org.smallwins.insight;

/** Rounding that prints the same everywhere. */
final class Numbers {
    private Numbers() {
    }

    /** Rounded to two decimals, half up. */
    static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    /**
     * {@code count} per {@code unitDays} days over a stretch of {@code days} days, two decimals. A stretch
     * shorter than the unit counts as the whole unit: 2 wins in 2 days are 2 a week, never stretched to 7.
     */
    static double rate(long count, long days, int unitDays) {
        return days <= 0 ? 0 : round2(count * (double) unitDays / Math.max(days, unitDays));
    }
}
