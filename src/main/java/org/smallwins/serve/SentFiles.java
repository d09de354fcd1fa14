package org.smallwins.serve;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.smallwins.site.MediaTypes;
import org.smallwins.site.SiteFile;

/**
 * What the preview sends of each file of a build, made once per file per build: a page with its
 * reload script and problem banner added ({@link PreviewPages}), any other file as built, and the
 * strong tag of those exact bytes. A large page is then not copied and decorated again for each
 * request, nor for each 304 that only needs its tag. Both depend on the build alone (its files and
 * its problems), never on the request, and every build, failed or not, is a snapshot of a newer
 * version: a snapshot of a newer build drops what was made for the one before.
 */
final class SentFiles {
    /** What is sent of one file: its bytes, and their tag. */
    record Sent(byte[] bytes, String tag) {
    }

    private record Build(long version, Map<String, Sent> files) {
    }

    private final AtomicReference<Build> latest = new AtomicReference<>(new Build(-1, new ConcurrentHashMap<>()));
    private final AtomicLong made = new AtomicLong();

    /**
     * What is sent for {@code file}, at {@code path} in {@code snapshot}. A copy of a journal file
     * (a photo) is read at each request, as it is now, and not kept: years of photos would not fit.
     */
    Sent of(Snapshot snapshot, String path, SiteFile file) throws IOException {
        if (file.isCopy()) {
            return make(snapshot, path, file.currentContent());
        }
        return of(snapshot, path, file.content());
    }

    /** What is sent for {@code path}, whose bytes in {@code snapshot} are {@code built}. */
    Sent of(Snapshot snapshot, String path, byte[] built) {
        long version = snapshot.version();
        Build build = latest.updateAndGet(held -> held.version() >= version ? held
                : new Build(version, new ConcurrentHashMap<>()));
        if (build.version() != version) {
            // A request still answering from an older build: what it sends must not be kept for the newer one.
            return make(snapshot, path, built);
        }
        return build.files().computeIfAbsent(path, unused -> make(snapshot, path, built));
    }

    /** How many files' bytes and tags were made: once per file per build, however often they are asked for. */
    long made() {
        return made.get();
    }

    private Sent make(Snapshot snapshot, String path, byte[] built) {
        made.incrementAndGet();
        byte[] bytes = MediaTypes.of(path).startsWith("text/html") ? PreviewPages.decorate(built, snapshot) : built;
        return new Sent(bytes, EntityTags.tag(bytes));
    }
}
