package org.smallwins.render;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.smallwins.parallel.InParallel;
import org.smallwins.problem.Problem;

/**
 * The render cache kept on disk between command-line builds, so a build redoes only what changed
 * since the last one into the same output folder: entry views (the Markdown already rendered) by a
 * fingerprint of everything the entry was loaded from, and pages by their fingerprint, reusing
 * the bytes already in the output folder when they are still what was written there.
 *
 * <p>It is one file beside the output folder ({@code .public.smallwins-cache} for {@code public/}),
 * like the writer's staging folders: outside the site, so it is never published. It is only ever
 * replaced when it starts with this format's marker, so a file of the user's by that name is left
 * alone. Anything unexpected in it (another version, another journal's settings, a truncated or
 * garbled file) makes it count as empty: the cache can only ever save time, never change output.
 * A checksum (CRC-32C) over the whole file ends it, so that bytes damaged where the layout cannot
 * tell (a synced folder's bad copy, a disk's error) are caught rather than built into pages.
 */
public final class BuildCache {
    private static final byte[] MAGIC = "SMALLWINS-BUILD-CACHE\n".getBytes(StandardCharsets.US_ASCII);
    /** Bump when the layout or the meaning of anything stored changes. */
    private static final int FORMAT = 3;
    /** Views encoded side by side and written before the next group is encoded. */
    private static final int VIEWS_PER_GROUP = 256;

    private BuildCache() {
    }

    /** The cache file for an output folder. */
    public static Path fileFor(Path output) {
        Path out = output.toAbsolutePath().normalize();
        return out.resolveSibling("." + out.getFileName() + ".smallwins-cache");
    }

    /**
     * Fills {@code cache} from the file when it was written for {@code key} (code version and
     * settings); otherwise leaves it empty. Never throws: a cache that cannot be read is no cache.
     */
    public static void load(Path file, String key, Path output, RenderCache cache) {
        cache.stored = new RenderCache.Stored(Map.of(), Map.of(), output.toAbsolutePath().normalize());
        if (!Files.isRegularFile(file)) {
            return;
        }
        CheckedInputStream checked;
        try (DataInputStream in = new DataInputStream(checked = new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), new CRC32C()))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT || !key.equals(readString(in))) {
                return;
            }
            // Counts are read before the checksum can vouch for them: the sizes made from them are
            // bounded, so a damaged one cannot ask for gigabytes before the file runs out.
            int viewCount = in.readInt();
            Map<String, RenderCache.StoredView> views = new HashMap<>(Math.min(Math.max(viewCount, 0), 1 << 16) * 2);
            for (int i = 0; i < viewCount; i++) {
                String source = readString(in);
                String entryKey = readString(in);
                String linkVersion = readString(in);
                String hash = readString(in);
                int problemCount = in.readInt();
                List<Problem> problems = new ArrayList<>(Math.min(Math.max(problemCount, 0), 1 << 10));
                for (int p = 0; p < problemCount; p++) {
                    problems.add(new Problem(Problem.Severity.valueOf(readString(in)), (String) readValue(in),
                            in.readInt(), (String) readValue(in), readString(in)));
                }
                int linkCount = in.readInt();
                if (linkCount < 0) {
                    return;
                }
                List<SitePages.Link> siteLinks = new ArrayList<>(Math.min(linkCount, 1 << 10));
                for (int l = 0; l < linkCount; l++) {
                    siteLinks.add(new SitePages.Link(readString(in), in.readInt(), (String) readValue(in)));
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> view = (Map<String, Object>) readValue(in);
                views.put(source, new RenderCache.StoredView(entryKey, linkVersion, view, hash, problems,
                        List.copyOf(siteLinks)));
            }
            int pageCount = in.readInt();
            Map<String, RenderCache.StoredPage> pages = new HashMap<>(Math.min(Math.max(pageCount, 0), 1 << 16) * 2);
            for (int i = 0; i < pageCount; i++) {
                String path = readString(in);
                pages.put(path, new RenderCache.StoredPage(readString(in), in.readLong(), in.readInt()));
            }
            long sum = checked.getChecksum().getValue();
            if (in.readLong() != sum || in.read() != -1) {
                return;
            }
            cache.stored = new RenderCache.Stored(views, pages, output.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) {
            // Unreadable or garbled: build without it, as on a first build.
        }
    }

    /**
     * Writes what {@code cache} holds after a build; skipped (silently: it is only a cache) when
     * the file there is not one of ours or cannot be written.
     */
    public static void save(Path file, String key, RenderCache cache) {
        Path temporary = file.resolveSibling(file.getFileName() + "-new");
        boolean opened = false;
        try {
            if (!isOurs(file) || !isOurs(temporary)) {
                return;
            }
            List<RenderCache.View> views = cache.views.values().stream().filter(v -> v.entryKey() != null).toList();
            Encoder head = new Encoder(1 << 10);
            head.bytes(MAGIC);
            head.writeInt(FORMAT);
            head.writeString(key);
            head.writeInt(views.size());
            List<Map.Entry<String, RenderCache.Rendered>> pages = new ArrayList<>(cache.pages.entrySet());
            Encoder tail = new Encoder(pages.size() * 64 + 16);
            tail.writeInt(pages.size());
            for (Map.Entry<String, RenderCache.Rendered> page : pages) {
                tail.writeString(page.getKey());
                tail.writeString(page.getValue().fingerprint());
                tail.writeLong(page.getValue().checksum());
                tail.writeInt(page.getValue().length());
            }
            opened = true;
            try (OutputStream written = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16)) {
                CheckedOutputStream out = new CheckedOutputStream(written, new CRC32C());
                head.writeTo(out);
                // Each view is encoded apart, on every core (most of the file: each view holds the
                // entry's page text), then written in order: a serial save was the last tenth of a
                // second of a 10,000-entry build with one core idle. A group at a time, so that the
                // encoded views do not all live at once: a collection in the middle of the save
                // had the whole file's worth (29 MB at 10,000 entries) to copy.
                for (int from = 0; from < views.size(); from += VIEWS_PER_GROUP) {
                    List<RenderCache.View> group = views.subList(from, Math.min(views.size(), from + VIEWS_PER_GROUP));
                    for (Encoder view : InParallel.map(group, BuildCache::encode)) {
                        view.writeTo(out);
                    }
                }
                tail.writeTo(out);
                new DataOutputStream(written).writeLong(out.getChecksum().getValue());
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // The site is written; only the next build's head start is lost.
            if (opened) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Ours (checked above): the next save replaces it.
                }
            }
        }
    }

    /**
     * Deletes the cache file if it is one of ours: an encrypted journal must not leave entries in
     * clear beside its output from a build made before encryption was turned on.
     */
    public static void forget(Path file) {
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && isOurs(file)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // Nothing else reads it once the journal is encrypted; a later build tries again.
        }
    }

    /** Absent, or a file this format wrote: the only files save() may replace. */
    private static boolean isOurs(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    /** Finds hand edits and truncation of an output file; not a defence against tampering. */
    static long checksum(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content);
        return crc.getValue();
    }

    /** One view's record in the file: its entry's source, keys, hash, problems, links into the site and the view itself. */
    private static Encoder encode(RenderCache.View view) {
        Encoder out = new Encoder(1 << 12);
        out.writeString(view.entry().source());
        out.writeString(view.entryKey());
        out.writeString(view.linkVersion());
        out.writeString(view.hash());
        out.writeInt(view.problems().size());
        for (Problem problem : view.problems()) {
            out.writeString(problem.severity().name());
            out.writeValue(problem.path());
            out.writeInt(problem.line());
            // No column: only a template's syntax error has one, and an entry's view holds none.
            out.writeValue(problem.field());
            out.writeString(problem.message());
        }
        out.writeInt(view.siteLinks().size());
        for (SitePages.Link link : view.siteLinks()) {
            out.writeString(link.written());
            out.writeInt(link.line());
            out.writeValue(link.target());
        }
        out.writeValue(view.view());
        return out;
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 28) {
            throw new IOException("bad length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case 'n':
                return null;
            case 's':
                return readString(in);
            case 'i':
                return in.readInt();
            case 'l':
                return in.readLong();
            case 'd':
                return in.readDouble();
            case 'b':
                return new BigDecimal(readString(in));
            case 't':
                return Boolean.TRUE;
            case 'f':
                return Boolean.FALSE;
            case 'm': {
                int size = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    String key = readString(in);
                    map.put(key, readValue(in));
                }
                return map;
            }
            case 'a': {
                int size = in.readInt();
                List<Object> list = new ArrayList<>(Math.min(size, 1024));
                for (int i = 0; i < size; i++) {
                    list.add(readValue(in));
                }
                return list;
            }
            default:
                throw new IOException("unknown value tag " + tag);
        }
    }

    /**
     * Writes what {@link DataInputStream} reads back (big-endian numbers; strings as a length and
     * UTF-8), into memory. Not a DataOutputStream over a byte array stream: each of their small
     * writes takes a lock, millions of them for a large journal.
     */
    static final class Encoder {
        private byte[] buffer;
        private int size;

        Encoder(int capacity) {
            buffer = new byte[capacity];
        }

        private void room(int more) {
            if (buffer.length - size < more) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        void bytes(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        void writeByte(int value) {
            room(1);
            buffer[size++] = (byte) value;
        }

        void writeInt(int value) {
            room(4);
            buffer[size++] = (byte) (value >>> 24);
            buffer[size++] = (byte) (value >>> 16);
            buffer[size++] = (byte) (value >>> 8);
            buffer[size++] = (byte) value;
        }

        void writeLong(long value) {
            writeInt((int) (value >>> 32));
            writeInt((int) value);
        }

        void writeString(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            writeInt(bytes.length);
            bytes(bytes);
        }

        // The values a view holds: what YAML and the view builder make. Types are kept exactly
        // (Integer stays Integer), since fingerprints and templates may see the difference.
        void writeValue(Object value) {
            if (value == null) {
                writeByte('n');
            } else if (value instanceof String s) {
                writeByte('s');
                writeString(s);
            } else if (value instanceof Integer i) {
                writeByte('i');
                writeInt(i);
            } else if (value instanceof Long l) {
                writeByte('l');
                writeLong(l);
            } else if (value instanceof Double d) {
                writeByte('d');
                writeLong(Double.doubleToLongBits(d));
            } else if (value instanceof BigDecimal d) {
                writeByte('b');
                writeString(d.toString());
            } else if (value instanceof Boolean b) {
                writeByte(b ? 't' : 'f');
            } else if (value instanceof Map<?, ?> map) {
                writeByte('m');
                writeInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    writeString((String) entry.getKey());
                    writeValue(entry.getValue());
                }
            } else if (value instanceof List<?> list) {
                writeByte('a');
                writeInt(list.size());
                for (Object item : list) {
                    writeValue(item);
                }
            } else {
                // A value this format cannot keep: the whole save is dropped rather than keep it wrong.
                throw new IllegalArgumentException("cannot cache a " + value.getClass().getName());
            }
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(buffer, 0, size);
        }
    }
}
