package org.smallwins.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SHA-256 over everything a page is drawn from: template set, path and model. Two pages with
 * the same fingerprint render to the same bytes, so an unchanged page need not be rendered again.
 * Entry hashes are looked up by identity ({@code known}), so a timeline page costs a few bytes per
 * entry to fingerprint, not the entries' whole text.
 */
final class Fingerprint {
    private final MessageDigest digest;
    private final IdentityHashMap<Object, String> known;

    private Fingerprint(IdentityHashMap<Object, String> known) {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        this.known = known;
    }

    /** The fingerprint of {@code parts}, using the precomputed hashes in {@code known} for shared values. */
    static String of(IdentityHashMap<Object, String> known, Object... parts) {
        Fingerprint fingerprint = new Fingerprint(known);
        for (Object part : parts) {
            fingerprint.add(part);
        }
        return HexFormat.of().formatHex(fingerprint.digest.digest());
    }

    private void add(Object value) {
        String precomputed = value == null ? null : known.get(value);
        if (precomputed != null) {
            text("#", precomputed);
        } else if (value == null) {
            digest.update((byte) 0);
        } else if (value instanceof Map<?, ?> map) {
            digest.update((byte) '{');
            for (Map.Entry<?, ?> entry : inStableOrder(map)) {
                text("k", String.valueOf(entry.getKey()));
                add(entry.getValue());
            }
            digest.update((byte) '}');
        } else if (value instanceof List<?> list) {
            digest.update((byte) '[');
            for (Object item : list) {
                add(item);
            }
            digest.update((byte) ']');
        } else {
            text(value.getClass().getSimpleName(), String.valueOf(value));
        }
    }

    /**
     * A map's entries in an order that is the same in every process. Map.of and Map.copyOf
     * iterate in an order salted per JVM run, so their entries are sorted by key; ordered maps
     * keep their order, which templates may show.
     */
    private static Iterable<? extends Map.Entry<?, ?>> inStableOrder(Map<?, ?> map) {
        boolean unordered = map.getClass().getName().startsWith("java.util.ImmutableCollections$")
                || (map instanceof java.util.HashMap && !(map instanceof java.util.LinkedHashMap));
        if (!unordered || map.size() < 2) {
            return map.entrySet();
        }
        List<Map.Entry<?, ?>> entries = new java.util.ArrayList<>(map.entrySet());
        entries.sort(java.util.Comparator.comparing(e -> String.valueOf(e.getKey())));
        return entries;
    }

    private void text(String kind, String value) {
        // Length-prefixed, so ("ab","c") and ("a","bc") never collide.
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(kind.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
