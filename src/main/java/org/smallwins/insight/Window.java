package org.smallwins.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A stretch of calendar days, both ends included.
 *
 * @param from the first day
 * @param to   the last day
 */
public record Window(LocalDate from, LocalDate to) {

    /** How many days the window holds, both ends counted: 1 when {@code from} is {@code to}. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whether {@code day} is in the window, either end included. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The first {@code days} days from {@code first}, cut at {@code today}. */
    static Window firstDays(LocalDate first, LocalDate today, int days) {
        LocalDate end = first.plusDays(days - 1L);
        return new Window(first, end.isAfter(today) ? today : end);
    }

    /** The last {@code days} days up to {@code today}, but not before {@code first}. */
    static Window lastDays(LocalDate first, LocalDate today, int days) {
        LocalDate start = today.minusDays(days - 1L);
        return new Window(start.isBefore(first) ? first : start, today);
    }
}
