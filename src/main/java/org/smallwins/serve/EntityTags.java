package org.smallwins.serve;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Strong entity tags of what the preview sends, so a browser can ask again with If-None-Match and
 * get a bodiless 304 when nothing changed, and resume a range (If-Range) only of the same bytes.
 * A tag is of the exact bytes sent (a page with its reload script added), made once per file per
 * build by {@link SentFiles}.
 */
final class EntityTags {
    private EntityTags() {
    }

    /**
     * The first 16 bytes of the SHA-256 of {@code bytes}, base64url, quoted: 128 bits tell any two
     * builds of a file apart, in 24 characters.
     */
    static String tag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime has SHA-256 (the platform requires it).
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the If-None-Match {@code headers} (null when none) name {@code tag}, weak or strong as
     * RFC 9110 compares them for this header, or say "*". A list that does not parse matches nothing
     * from where it stops: the page is sent, never wrongly withheld.
     */
    static boolean noneMatchNames(List<String> headers, String tag) {
        if (headers == null) {
            return false;
        }
        for (String header : headers) {
            int i = 0;
            while (i < header.length()) {
                char c = header.charAt(i);
                if (c == ',' || c == ' ' || c == '\t') {
                    i++;
                    continue;
                }
                if (c == '*') {
                    return true;
                }
                int open = header.startsWith("W/", i) ? i + 2 : i;
                int close = open < header.length() && header.charAt(open) == '"' ? header.indexOf('"', open + 1) : -1;
                if (close < 0) {
                    break;
                }
                if (header.substring(open, close + 1).equals(tag)) {
                    return true;
                }
                i = close + 1;
            }
        }
        return false;
    }

    /**
     * Whether an If-Range header (null when none) lets a range be sent: there is none, or it names
     * {@code tag} itself. A weak tag or a date never does: only a strong tag says the bytes are the same.
     */
    static boolean rangeMaySend(List<String> ifRange, String tag) {
        return ifRange == null || ifRange.size() == 1 && ifRange.get(0).trim().equals(tag);
    }
}
