package org.smallwins.model;

/**
 * Where each page of the site lives, as a folder path relative to the site root ending in "/".
 * One place decides, so links, duplicate checks and the writer agree.
 */
public final class Permalinks {
    private Permalinks() {
    }

    /** {@code 2025/03/14/first-walk/}: dated like a diary, readable, and stable when a title changes. */
    public static String entry(Entry entry) {
        // Built by hand: String.format was a visible share of a build, called several times per entry.
        StringBuilder out = new StringBuilder(16 + entry.slug().length());
        pad(out, entry.date().getYear(), 4).append('/');
        pad(out, entry.date().getMonthValue(), 2).append('/');
        pad(out, entry.date().getDayOfMonth(), 2).append('/');
        return out.append(entry.slug()).append('/').toString();
    }

    /** Like %0Nd: zero-padded to {@code width}, a minus sign first for negative numbers. */
    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        if (value < 0) {
            out.append('-');
            width--;
        }
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    public static String timeline(EntryType type) {
        return type == null ? "timeline/" : type.folder() + "/";
    }

    public static String timelineYear(EntryType type, int year) {
        return timeline(type) + year + "/";
    }

    public static String tags() {
        return "tags/";
    }

    public static String tag(String tagSlug) {
        return "tags/" + tagSlug + "/";
    }

    /** The search page. */
    public static String search() {
        return "search/";
    }

    /** The "Get help now" page. */
    public static String support() {
        return "support/";
    }

    /** "Look how far you've come". */
    public static String progress() {
        return "progress/";
    }

    /** One year in review. */
    public static String progressYear(int year) {
        return "progress/" + year + "/";
    }

    public static String milestones() {
        return "milestones/";
    }

    public static String goals() {
        return "goals/";
    }

    /** A goal's page, by the slug of its id. */
    public static String goal(String idSlug) {
        return "goals/" + idSlug + "/";
    }
}
