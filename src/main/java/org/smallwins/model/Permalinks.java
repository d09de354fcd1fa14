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
        // Built by hand, not with String.format: insights and pages ask for thousands of these.
        java.time.LocalDate date = entry.date();
        StringBuilder b = new StringBuilder(16 + entry.slug().length());
        String year = Integer.toString(date.getYear());
        b.append("0".repeat(Math.max(0, 4 - year.length()))).append(year).append('/');
        pad2(b, date.getMonthValue()).append('/');
        pad2(b, date.getDayOfMonth()).append('/');
        return b.append(entry.slug()).append('/').toString();
    }

    private static StringBuilder pad2(StringBuilder b, int n) {
        return b.append(n < 10 ? "0" : "").append(n);
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
