package org.smallwins.model;

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
        for (Size size : values()) {
            if (size.id().equals(wanted)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
