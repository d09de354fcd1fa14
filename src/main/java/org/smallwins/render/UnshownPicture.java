package org.smallwins.render;

import java.util.Map;
import java.util.regex.Pattern;
import org.smallwins.model.ContentPaths;

/**
 * Pictures most browsers show nothing for: an iPhone's HEIC photos, a scanner's TIFF, a camera's raw
 * files and Photoshop's PSD. The site publishes them like any file beside an entry, so a page that
 * shows one as a picture has an empty space where the photo was meant to be, with nothing to say
 * why; the build says it instead, and what to save the picture as.
 */
public final class UnshownPicture {
    /** Each kind with the extensions that name it, in lower case. */
    enum Kind {
        HEIC("heic", "heif"),
        TIFF("tif", "tiff"),
        RAW("dng", "cr2", "cr3", "nef", "arw", "orf", "rw2", "raf"),
        PSD("psd");

        private final String[] extensions;

        Kind(String... extensions) {
            this.extensions = extensions;
        }
    }

    private static final Kind[] KINDS = Kind.values();
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private UnshownPicture() {
    }

    /**
     * The kind of picture {@code path} names by its extension (in any case), or null for any other
     * file. Read in place: every picture an entry shows is asked, and nearly all are none of these.
     */
    static Kind of(String path) {
        int dot = path.lastIndexOf('.');
        int length = path.length() - dot - 1;
        if (dot < 0 || length < 3 || length > 4) {
            return null;
        }
        for (Kind kind : KINDS) {
            for (String extension : kind.extensions) {
                if (extension.length() == length && path.regionMatches(true, dot + 1, extension, 0, length)) {
                    return kind;
                }
            }
        }
        return null;
    }

    /**
     * The warning for a picture an entry shows at {@code written}, or null when there is none to
     * give: the address is no such picture, or names no file beside the entry. {@code baseFolder}
     * is the entry's folder in the content folder; {@code contentFiles} its files by their composed
     * path there. The build and check say it alike.
     */
    public static String warning(String written, String baseFolder, Map<String, String> contentFiles) {
        String path = written.substring(0, ContentPaths.pathEnd(written));
        Kind kind = of(path);
        if (kind == null || path.startsWith("/") || written.startsWith("//") || SCHEME.matcher(written).find()) {
            return null;
        }
        String resolved = ContentPaths.resolve(baseFolder, ContentPaths.entryKey(path));
        return resolved != null && contentFiles.get(resolved) != null ? warning(kind, path) : null;
    }

    /** What to say of the picture {@code path} (as the entry writes it), of kind {@code kind}. */
    static String warning(Kind kind, String path) {
        String instead = path.substring(0, path.lastIndexOf('.')) + (kind == Kind.PSD ? ".png" : ".jpg");
        return "the picture '" + path + "' " + why(kind) + whatToDo(kind) + " and write '" + instead
                + "' instead.";
    }

    private static String why(Kind kind) {
        return switch (kind) {
            case HEIC -> "is HEIC, as an iPhone saves photos: HEIC pictures show only in Safari; most browsers"
                    + " show nothing in its place. ";
            case TIFF -> "is TIFF, as scanners and some cameras save: TIFF pictures show only in Safari; most"
                    + " browsers show nothing in its place. ";
            case RAW -> "is a camera's raw file: browsers show nothing in its place. ";
            case PSD -> "is a Photoshop file: browsers show nothing in its place. ";
        };
    }

    private static String whatToDo(Kind kind) {
        return switch (kind) {
            case HEIC -> "Save it as JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible; or export"
                    + " the photo as JPEG)";
            case TIFF -> "Export it as JPEG (or PNG, for a scanned page or a drawing)";
            case RAW -> "Export it as JPEG or PNG from your photo app";
            case PSD -> "Export it as PNG or JPEG (in Photoshop: File > Export > Export As)";
        };
    }
}
