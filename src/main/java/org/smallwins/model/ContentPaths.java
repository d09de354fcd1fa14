package org.smallwins.model;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;

/** Paths between files of the content folder, as Markdown links write them. */
public final class ContentPaths {
    private ContentPaths() {
    }

    /**
     * Resolves {@code target} against the folder {@code base} ("wins/2025"), both inside the content
     * folder; null when it climbs out of it, so no link can point outside.
     */
    public static String resolve(String base, String target) {
        Deque<String> parts = new ArrayDeque<>();
        if (!target.startsWith("/") && !base.isEmpty()) {
            for (String part : base.split("/")) {
                parts.addLast(part);
            }
        }
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** Where a link's query or fragment starts ({@code a.md#top}: 4); the link's length when it has neither. */
    public static int pathEnd(String link) {
        int end = link.length();
        int query = link.indexOf('?');
        int fragment = link.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return end;
    }

    /**
     * How an entry's file is looked up by a link to it: the link percent-decoded ({@code my%20walk.md},
     * as editors write a space) and both it and the file's name in one Unicode form (NFC), since
     * macOS and the folders it syncs may keep a name's accents as separate marks (NFD) while a link
     * is typed with them composed.
     */
    public static String entryKey(String path) {
        return composed(decode(path));
    }

    /** A file's content path as {@link #entryKey} gives a link to it: in Unicode's composed form (NFC). */
    public static String composed(String path) {
        return Normalizer.isNormalized(path, Normalizer.Form.NFC) ? path
                : Normalizer.normalize(path, Normalizer.Form.NFC);
    }

    /** Percent-decodes a path ({@code my%20walk.md}); '+' stays '+'. Malformed escapes are kept as written. */
    public static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        // Each char is at most 3 bytes in UTF-8 (a pair of surrogates, 4 for 2 chars); an escape is 1 for 3.
        byte[] bytes = new byte[path.length() * 3];
        int length = 0;
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) == '%' && i + 2 < path.length()
                    && Character.digit(path.charAt(i + 1), 16) >= 0 && Character.digit(path.charAt(i + 2), 16) >= 0) {
                bytes[length++] = (byte) (Character.digit(path.charAt(i + 1), 16) * 16 + Character.digit(path.charAt(i + 2), 16));
                i += 3;
            } else {
                int c = path.codePointAt(i);
                byte[] encoded = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, length, encoded.length);
                length += encoded.length;
                i += Character.charCount(c);
            }
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
