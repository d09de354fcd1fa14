package org.smallwins.model;

import java.time.LocalDate;

/**
 * What a {@code type: goal} entry sets out: a gentle target per period. A paused goal is paused,
 * not failed.
 */
public record Goal(String id, Cadence cadence, int target, Status status, LocalDate started) {

    public enum Cadence { DAILY, WEEKLY, MONTHLY }

    public enum Status { ACTIVE, PAUSED, REACHED }
}
