package org.smallwins.render;


/** Relative links between pages, so a site works under any path, on any host and from disk. */
final class Links {
    private final boolean pretty;

    Links(boolean pretty) {
        this.pretty = pretty;
    }

    /** The link to a page folder like {@code tags/walk/}: with or without the trailing index.html. */
    String page(String folder) {
        if (folder.isEmpty()) {
            // Prefixed with the page's root ("../../" or ""), an empty link leads home from anywhere.
            return pretty ? "" : "index.html";
        }
        return pretty ? folder : folder + "index.html";
    }

    /** From a file at {@code path} back to the site root: "" for index.html, "../../" two levels down. */
    static String root(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
