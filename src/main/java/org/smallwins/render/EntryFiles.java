package org.smallwins.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.smallwins.model.Entry;
import org.smallwins.model.Journal;
import org.smallwins.site.SiteFile;

/**
 * Files beside the entries (a photo in {@code content/wins/}, shown by an entry as
 * {@code ![The heron](heron.jpg)}): the site publishes each one a published entry links to, once,
 * at {@value #FOLDER} and its path in the content folder. Files no published entry shows stay off
 * the site, so a picture only a draft or a private entry shows is not published.
 */
public final class EntryFiles {
    /** The site's folder for files beside the entries. */
    public static final String FOLDER = "files/";

    private EntryFiles() {
    }

    /**
     * A file an entry shows: its path in the content folder, and the first entry (in the journal's
     * order) and line that show it, for messages.
     *
     * @param contentFile the file's path relative to the content folder ("wins/heron.jpg")
     * @param source      the first entry that shows it, relative to the journal ("content/wins/...md")
     * @param line        the line of that entry's file that shows it
     */
    public record Shown(String contentFile, String source, int line) {
    }

    /** Where the site publishes the content folder's file {@code contentFile} ("files/wins/heron.jpg"). */
    public static String sitePath(String contentFile) {
        return FOLDER + contentFile;
    }

    /** Whether the file's name can be a file of the site (see {@link SiteFile#isSafe}). */
    public static boolean publishable(String contentFile) {
        return SiteFile.isSafe(sitePath(contentFile));
    }

    /**
     * {@link #sitePath} as a link writes it: each byte percent-encoded but for letters, digits and
     * the characters a path may hold as they are, so a space or a '#' in a name still leads to the file.
     */
    static String href(String contentFile) {
        StringBuilder out = new StringBuilder();
        for (byte b : sitePath(contentFile).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * The files beside the entries that the journal's published entries link to, by the path the
     * site gives them (sorted), each with the first place that shows it. Read from the links each
     * entry's view found ({@link EntryViews}), kept in {@code cache} by the render just made.
     */
    public static Map<String, Shown> linked(Journal journal, RenderCache cache) {
        Map<String, Shown> linked = new TreeMap<>();
        for (Entry entry : journal.entries()) {
            RenderCache.View view = cache.views.get(entry.source());
            if (view == null) {
                continue;
            }
            for (SitePages.Link link : view.siteLinks()) {
                String target = link.target();
                if (target == null || !target.startsWith(FOLDER) || linked.containsKey(target)) {
                    continue;
                }
                // Only a file the journal has now: a view may have been made when another was there.
                String contentFile = target.substring(FOLDER.length());
                if (journal.contentFiles().contains(contentFile) && publishable(contentFile)) {
                    linked.put(target, new Shown(contentFile, entry.source(), link.line()));
                }
            }
        }
        return linked;
    }
}
