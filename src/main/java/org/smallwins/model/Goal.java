package org.smallwins.model;

import java.time.LocalDate;

/**
 * What a {@code type: goal} entry sets out: a gentle target per period. A paused goal is paused,
 * not failed.
 *
 * @param id      the id wins name in {@code goal:} to check in: the {@code id:}, or the entry's slug when
 *                none is written; lower-case letters, digits and '-'
 * @param cadence the period the target is counted in; weekly when not written
 * @param target  check-ins each period aims for, 1 to 1000; 1 when not written
 * @param status  where the writer says the goal stands; active when not written
 * @param started the {@code started:} day; null when not written (progress then counts from the goal
 *                entry's own day)
 */
public record Goal(String id, Cadence cadence, int target, Status status, LocalDate started) {

    /** The period a goal's target is counted in. */
    public enum Cadence {
        /** Each calendar day. */
        DAILY,
        /** Each week, from the journal's {@code weekStart}. */
        WEEKLY,
        /** Each calendar month. */
        MONTHLY
    }

    /**
     * Where the writer says the goal stands. The journal does not say when a status changed, so a
     * paused or reached goal's progress stops at its latest check-in.
     */
    public enum Status {
        /** Being worked on: its periods are counted up to today. */
        ACTIVE,
        /**
         * Set aside for now, not failed: counted up to its latest check-in, so the time since is not
         * held against it.
         */
        PAUSED,
        /** Done: counted up to its latest check-in. */
        REACHED
    }
}
