package org.smallwins.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How big a win felt. Shown to the writer, never used to rank or weigh: every win counts as one. */
public enum Size {
    TINY, SMALL, BIG;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Size> fromId(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id().equals(wanted)).findFirst();
    }
}
