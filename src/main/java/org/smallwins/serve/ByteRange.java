package org.smallwins.serve;

import java.util.Locale;

/**
 * What part of a file a request's {@code Range} header asks for, as static servers answer it: one
 * range of bytes ({@code bytes=A-B}, {@code bytes=A-}, {@code bytes=-N}) is sent with 206, the last
 * byte clipped to the file's end; a range that starts past the end, or the last 0 bytes, cannot be
 * sent (416); anything else (no header, another unit, several ranges, a header that does not parse)
 * is ignored and the whole file is sent with 200, as RFC 9110 allows.
 *
 * @param kind whether the whole file, a part of it, or nothing can be sent
 * @param first the first byte to send
 * @param last the last byte to send (inclusive), {@code first - 1} when none
 * @param total the file's length
 */
record ByteRange(Kind kind, int first, int last, int total) {

    enum Kind {
        /** No range to apply: 200 with the whole file. */
        WHOLE,
        /** 206 with bytes {@code first} to {@code last}. */
        PART,
        /** 416 with no body. */
        UNSATISFIABLE
    }

    /** The range of a file of {@code length} bytes that {@code header} (a Range header, or null) asks for. */
    static ByteRange parse(String header, int length) {
        ByteRange whole = new ByteRange(Kind.WHOLE, 0, length - 1, length);
        if (header == null) {
            return whole;
        }
        int equals = header.indexOf('=');
        if (equals < 0 || !header.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("bytes")) {
            return whole;
        }
        String spec = header.substring(equals + 1).trim();
        int dash = spec.indexOf('-');
        if (spec.indexOf(',') >= 0 || dash < 0) {
            return whole;
        }
        long start = number(spec.substring(0, dash));
        long end = number(spec.substring(dash + 1));
        ByteRange unsatisfiable = new ByteRange(Kind.UNSATISFIABLE, 0, -1, length);
        if (dash == 0) {
            // The last N bytes: a whole file when it has fewer, nothing when N is 0 or the file empty.
            if (end < 0) {
                return whole;
            }
            if (end == 0 || length == 0) {
                return unsatisfiable;
            }
            return new ByteRange(Kind.PART, (int) (length - Math.min(end, length)), length - 1, length);
        }
        boolean open = dash == spec.length() - 1;
        if (start < 0 || (!open && (end < 0 || end < start))) {
            return whole;
        }
        if (start >= length) {
            return unsatisfiable;
        }
        int last = open ? length - 1 : (int) Math.min(end, length - 1);
        return new ByteRange(Kind.PART, (int) start, last, length);
    }

    /** The number {@code digits} says (at most Long.MAX_VALUE), or -1 when it is not only digits. */
    private static long number(String digits) {
        if (digits.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : value * 10 + (c - '0');
        }
        return value;
    }

    /** How many bytes are sent. */
    int length() {
        return last - first + 1;
    }

    /** The HTTP status to answer with. */
    int status() {
        return switch (kind) {
            case WHOLE -> 200;
            case PART -> 206;
            case UNSATISFIABLE -> 416;
        };
    }

    /** The Content-Range header of a 206 or 416 answer, or null for the whole file. */
    String contentRange() {
        return switch (kind) {
            case WHOLE -> null;
            case PART -> "bytes " + first + "-" + last + "/" + total;
            case UNSATISFIABLE -> "bytes */" + total;
        };
    }
}
