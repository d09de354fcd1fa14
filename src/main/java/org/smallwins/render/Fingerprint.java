package org.smallwins.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smallwins.model.RecordText;
import org.smallwins.site.ContentHash;

/**
 * A fingerprint ({@link ContentHash}) of everything a page is drawn from: template set, path and model. Two pages with
 * the same fingerprint render to the same bytes, so an unchanged page need not be rendered again.
 * Entry hashes are looked up by identity ({@code known}), so a timeline page costs a few bytes per
 * entry to fingerprint, not the entries' whole text.
 */
final class Fingerprint {
    private final ContentHash digest = new ContentHash();
    private final IdentityHashMap<Object, String> known;

    private Fingerprint(IdentityHashMap<Object, String> known) {
        this.known = known;
    }

    /** The fingerprint of {@code parts}, using the precomputed hashes in {@code known} for shared values. */
    static String of(IdentityHashMap<Object, String> known, Object... parts) {
        Fingerprint fingerprint = new Fingerprint(known);
        for (Object part : parts) {
            fingerprint.add(part);
        }
        return fingerprint.digest.hex();
    }

    private void add(Object value) {
        if (value instanceof String text) {
            // Most values. A String is never a precomputed one, and testing it first spares the
            // tests for Map and List, interfaces, which a String fails only after a search of all
            // it implements (in the compiled code, a call to a slow path).
            text("String", text);
            return;
        }
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
        } else if (value instanceof byte[] bytes) {
            framed("bytes", bytes);
        } else {
            // A record (an entry's goal) by its components, as its toString would write them.
            text(value.getClass().getSimpleName(), RecordText.of(value));
        }
    }

    /**
     * A map's entries in an order that is the same in every process. Map.of and Map.copyOf
     * iterate in an order salted per JVM run, so their entries are sorted by key; ordered maps
     * keep their order, which templates may show.
     */
    private static Iterable<? extends Map.Entry<?, ?>> inStableOrder(Map<?, ?> map) {
        boolean unordered = map.getClass().getName().startsWith("java.util.ImmutableCollections$")
                || (map instanceof HashMap && !(map instanceof LinkedHashMap));
        if (!unordered || map.size() < 2) {
            return map.entrySet();
        }
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Comparator.comparing(e -> String.valueOf(e.getKey())));
        return entries;
    }

    private void text(String kind, String value) {
        if (value.length() <= PageOutput.SLICE) {
            framed(kind, value.getBytes(StandardCharsets.UTF_8));
            return;
        }
        // A long text (the search index of a very large journal is tens of megabytes) hashed a
        // slice at a time, as PageOutput writes it, rather than copied whole into bytes: the same
        // bytes, whose length is counted first, since it comes before them.
        long[] length = {0};
        PageOutput.encodeInSlices(value, slice -> length[0] += slice.length);
        frame(kind, (int) length[0]);
        PageOutput.encodeInSlices(value, slice -> digest.update(slice, 0, slice.length));
    }

    private void framed(String kind, byte[] bytes) {
        frame(kind, bytes.length);
        digest.update(bytes, 0, bytes.length);
    }

    /** What comes before a value's bytes: its kind, ':' and its length. */
    private void frame(String kind, int length) {
        // Length-prefixed, so ("ab","c") and ("a","bc") never collide. Kind and length as raw
        // bytes: this runs for every value of every page model on every rebuild.
        for (int i = 0; i < kind.length(); i++) {
            digest.update((byte) kind.charAt(i));
        }
        digest.update((byte) ':');
        digest.update((byte) (length >>> 24));
        digest.update((byte) (length >>> 16));
        digest.update((byte) (length >>> 8));
        digest.update((byte) length);
    }

    /**
     * What a fingerprint is made of, flattened without hashing: the shared values in {@code known}
     * stay as references. When a page's inputs are the same references and equal values as last
     * time, its fingerprint is too, so a rebuild need not hash every page model again.
     */
    static Object[] inputs(IdentityHashMap<Object, String> known, Object... parts) {
        ArrayList<Object> out = new ArrayList<>();
        for (Object part : parts) {
            flatten(known, part, out);
        }
        return out.toArray();
    }

    private static final Object MAP = new Object();
    private static final Object LIST = new Object();
    private static final Object KNOWN = new Object();

    private static void flatten(IdentityHashMap<Object, String> known, Object value, List<Object> out) {
        if (value instanceof String) {
            // The most common value, never a known one (see add).
            out.add(value);
        } else if (value != null && known.containsKey(value)) {
            out.add(KNOWN);
            out.add(value);
        } else if (value instanceof Map<?, ?> map) {
            out.add(MAP);
            out.add(map.size());
            for (Map.Entry<?, ?> entry : inStableOrder(map)) {
                out.add(String.valueOf(entry.getKey()));
                flatten(known, entry.getValue(), out);
            }
        } else if (value instanceof List<?> list) {
            out.add(LIST);
            out.add(list.size());
            for (Object item : list) {
                flatten(known, item, out);
            }
        } else {
            out.add(value);
        }
    }

    /** Whether two {@link #inputs} are the same: shared values by reference, the rest by value and type. */
    static boolean sameInputs(Object[] a, Object[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            Object x = a[i];
            Object y = b[i];
            if (x == y) {
                if (x == KNOWN) {
                    i++;
                    if (a[i] != b[i]) {
                        return false;
                    }
                }
                continue;
            }
            if (x == null || y == null || x.getClass() != y.getClass() || !x.equals(y)) {
                return false;
            }
        }
        return true;
    }
}
