package org.smallwins.model;

import java.util.Locale;
import java.util.Optional;

/** How big a win felt. Shown to the writer, never used to rank or weigh: every win counts as one. */
public enum Size {
    /** {@code size: tiny}. */
    TINY,
    /** {@code size: small}. */
    SMALL,
    /** {@code size: big}. */
    BIG;

    /** The word written in {@code size:}: "tiny", "small" or "big". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The size a {@code size:} value names, case and surrounding spaces aside; empty when it names none. */
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
