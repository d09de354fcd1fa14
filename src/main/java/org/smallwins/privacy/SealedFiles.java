package org.smallwins.privacy;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.smallwins.site.MediaTypes;
import org.smallwins.site.SiteFile;

/**
 * Files beside the entries (a photo an entry shows) on an encrypted site: each is encrypted with the
 * journal's key, like the pages, and carried inside every sealed page that shows it, by an opaque
 * id. The page's own (encrypted) HTML refers to it as {@code #smallwins-file/<id>/<media type>};
 * the unlock script decrypts it once the page is open and shows it from a Blob URL.
 *
 * <p>Carried in the page, not fetched from a file of its own: browsers refuse fetch() of local files,
 * and the site must open straight from disk as well as from a host.
 */
final class SealedFiles {
    /** How a sealed page's HTML refers to a file it carries; the unlock script looks for it. */
    static final String LINK_PREFIX = "#smallwins-file/";
    private final JournalKey key;
    private final Map<String, SiteFile> files = new HashMap<>();
    // A picture several pages show is encrypted once.
    private final Map<String, String> ciphertexts = new HashMap<>();

    SealedFiles(JournalKey key) {
        this.key = key;
    }

    /** Takes {@code file} (by its site path, "files/wins/heron.jpg") to be carried by the pages that show it. */
    void add(SiteFile file) {
        files.put(file.path(), file);
    }

    boolean has(String sitePath) {
        return files.containsKey(sitePath);
    }

    /** The file's opaque id: the same in every build with this key, meaningless without it. */
    String id(String sitePath) {
        return key.fileId(sitePath);
    }

    /** How the page's encrypted HTML refers to the file, with the media type a Blob needs to show it. */
    String link(String sitePath) {
        return LINK_PREFIX + id(sitePath) + "/" + type(sitePath);
    }

    /** The file's ciphertext (IV, then AES-256-GCM with its tag), in base64, as a page carries it. */
    String ciphertext(String sitePath) {
        // Its bytes are read only here, when a page shows it: a copied file may not hold them.
        return ciphertexts.computeIfAbsent(sitePath, path -> Base64.getEncoder()
                .encodeToString(key.seal(id(path), files.get(path).content())));
    }

    /**
     * The media type by the file's ending, when a browser shows such a file without running it as a
     * page or a script (a picture, a sound, a film, a PDF, plain text); any other is downloaded as bytes.
     */
    static String type(String path) {
        String type = MediaTypes.of(path);
        return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.equals("application/pdf") || type.startsWith("text/plain") ? type : MediaTypes.BYTES;
    }
}
