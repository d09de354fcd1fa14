package org.smallwins.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.smallwins.parallel.InParallel;
import org.smallwins.site.ContentHash;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

/**
 * The marker file at the top of an output folder: it proves the folder was made by Smallwins and
 * lists every file with a fingerprint of its bytes ({@link ContentHash}), so the next build knows
 * what it may replace or remove and which files did not change.
 */
record OutputManifest(Map<String, String> hashes) {
    static final String FILE_NAME = ".smallwins-output";
    private static final String HEADER = "# Made by Smallwins. Every file below is rebuilt or removed by the next build;"
            + " a file not listed here stops the build, so nothing of yours is deleted.";

    static OutputManifest of(Site site) {
        Map<String, String> hashes = new ConcurrentSkipListMap<>();
        InParallel.forEach(site.files(), file -> {
            try {
                hashes.put(file.path(), hash(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new OutputManifest(new TreeMap<>(hashes));
    }

    static boolean isPresent(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME));
    }

    /**
     * The marker in {@code folder}. Every path it lists is one the next build may delete, so a path
     * no build could have written (absolute, with "..", a control character) means the file was
     * damaged or edited: {@link Damaged}, and nothing in the folder is touched.
     */
    static OutputManifest read(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        int number = 0;
        for (String line : Files.readAllLines(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int split = line.indexOf("  ");
            String path = split > 0 ? line.substring(split + 2) : line;
            if (split <= 0 || !SiteFile.isSafe(path)) {
                throw new Damaged(number, path);
            }
            hashes.put(path, line.substring(0, split));
        }
        return new OutputManifest(hashes);
    }

    /** A marker line that no build wrote: a path outside the folder, or no fingerprint. */
    static final class Damaged extends IOException {
        Damaged(int line, String path) {
            super(FILE_NAME + " line " + line + " lists '" + path + "', which is not a file Smallwins"
                    + " could have written there");
        }
    }

    byte[] toBytes() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        hashes.forEach((path, hash) -> out.append(hash).append("  ").append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The fingerprint the marker lists for a file's content. */
    static String hash(byte[] content) {
        return ContentHash.of(content);
    }

    /** {@link #hash(byte[])} of a file's bytes, read a slice at a time when they are not in memory. */
    static String hash(SiteFile file) throws IOException {
        if (file.inMemory()) {
            return hash(file.content());
        }
        ContentHash hash = new ContentHash();
        byte[] slice = new byte[SLICE];
        try (InputStream in = file.open()) {
            for (int n; (n = in.read(slice)) > 0; ) {
                hash.update(slice, 0, n);
            }
        }
        return hash.hex();
    }

    /** How much of a file not in memory is read at once. */
    static final int SLICE = 64 * 1024;
}
