package org.smallwins.site;

/**
 * One file of the built site.
 *
 * @param path    relative to the output folder, forward slashes, never absolute and never with ".."
 * @param content the exact bytes to write
 */
public record SiteFile(String path, byte[] content) {

    public SiteFile {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
                || java.util.Arrays.stream(path.split("/", -1)).anyMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."))) {
            throw new IllegalArgumentException("not a safe output path: " + path);
        }
    }
}
