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

    /** The timeline of one type ({@code wins/}), or of every entry ({@code timeline/}) when {@code type} is null. */
    public static String timeline(EntryType type) {
        return type == null ? "timeline/" : type.folder() + "/";
    }

    /** One year of a {@link #timeline}: {@code wins/2025/}. */
    public static String timelineYear(EntryType type, int year) {
        return timeline(type) + year + "/";
    }

    /** The page listing every tag. */
    public static String tags() {
        return "tags/";
    }

    /** One tag's page, by the tag's slug: "Walk" and "walk" share {@code tags/walk/}. */
    public static String tag(String tagSlug) {
        return "tags/" + tagSlug + "/";
    }

    /** One year of a tag used on so many entries that its page is split by year. */
    public static String tagYear(String tagSlug, int year) {
        return tag(tagSlug) + year + "/";
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

    /** The milestones page. */
    public static String milestones() {
        return "milestones/";
    }

    /** The page listing every goal. */
    public static String goals() {
        return "goals/";
    }

    /** A goal's page, by the slug of its id. */
    public static String goal(String idSlug) {
        return "goals/" + idSlug + "/";
    }
}
