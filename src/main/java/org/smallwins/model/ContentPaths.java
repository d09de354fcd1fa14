package org.smallwins.model;

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
}
