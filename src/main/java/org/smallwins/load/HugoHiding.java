package org.smallwins.load;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smallwins.model.Entry;
import org.smallwins.problem.Problem;

/**
 * Hugo's fields that keep a page off its site: a future {@code publishDate}, a past
 * {@code expiryDate}, {@code build: {render: never}} and {@code headless: true}. Smallwins reads
 * none of them, so a post brought from Hugo that one of them hid would be published: an error,
 * with {@code draft: true} to write instead. Where the field would not hide the page in Hugo (a
 * publish date already past) it is kept for themes like any other field, without a word. Hugo
 * reads its field names in any letter case, so these are matched that way too.
 */
public final class HugoHiding {
    /** Hugo's names for the day a page appears; 'published' only when it holds a date, not Jekyll's true or false. */
    private static final Set<String> PUBLISH_DATES = Set.of("publishdate", "pubdate", "published");
    /** Hugo's names for the day a page is taken off. */
    private static final Set<String> EXPIRY_DATES = Set.of("expirydate", "unpublishdate");
    private static final String INSTEAD = " Smallwins does not read it, so the entry would be published. To keep"
            + " it off the site, write 'draft: true' instead.";

    private HugoHiding() {
    }

    /** Errors for {@code build:} and {@code headless:} written to hide the page, which do not depend on the day. */
    static void checkFlags(YamlMap yaml, FieldReader fields) {
        yaml.values().forEach((key, value) -> {
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.equals("headless") && Boolean.TRUE.equals(FieldReader.truth(value))) {
                fields.error(key, "'" + key + ": " + value + "' is Hugo's way to keep a page from being made."
                        + INSTEAD);
            } else if ((lower.equals("build") || lower.equals("_build")) && value instanceof Map<?, ?> options) {
                // '_build' is the name older Hugo versions read these options by; posts brought from them have it.
                options.forEach((option, setting) -> {
                    String name = String.valueOf(option).toLowerCase(Locale.ROOT);
                    String said = String.valueOf(setting).toLowerCase(Locale.ROOT);
                    // Hugo's older true/false settings: false is never. 'link' gives the page an
                    // address but writes no page, so it hides the text as 'never' does.
                    boolean hides = (name.equals("render") && (said.equals("never") || said.equals("false")
                            || said.equals("link")))
                            || (name.equals("list") && (said.equals("never") || said.equals("local")
                            || said.equals("false")));
                    if (hides) {
                        fields.error(key, "'" + key + ": " + option + ": " + setting + "' is Hugo's way to keep a page"
                                + (name.equals("render") ? " from being made." : " out of its lists.") + INSTEAD);
                    }
                });
            }
        });
    }

    /**
     * Errors for a Hugo publish or expiry date that is not a date ('publishDate: soon'): Hugo
     * refuses such a page, and kept without a word the entry would be published whatever the
     * writer meant by it. Jekyll's 'published: true' or 'false' is not a date and is left to the
     * loader. Said on drafts too, as a bad 'date:' is.
     */
    static void checkDateValues(YamlMap yaml, FieldReader fields, ZoneId zone) {
        yaml.values().forEach((key, value) -> {
            String lower = key.toLowerCase(Locale.ROOT);
            boolean publish = PUBLISH_DATES.contains(lower);
            if ((!publish && !EXPIRY_DATES.contains(lower)) || value == null
                    || (lower.equals("published") && FieldReader.truth(value) != null)) {
                return;
            }
            boolean single = !(value instanceof List || value instanceof Map);
            if (single && EntryDates.parse(String.valueOf(value), zone).isPresent()) {
                return;
            }
            String written = single ? "'" + value + "'" : "a list or a group of fields";
            String what = publish ? "Hugo's publish date, the day a page appears" : "Hugo's expiry date, the day"
                    + " a page is taken off";
            String jekyll = lower.equals("published") ? " (or true or false, as Jekyll reads it)" : "";
            fields.error(key, written + " is not a date: " + EntryDates.EXPECTED + jekyll + ". '" + key + "' is "
                    + what + ". To keep the entry off the site, write 'draft: true' instead, or delete the line.");
        });
    }

    /**
     * Errors for an entry the site would publish though its Hugo publish date is after
     * {@code today} or its expiry date is on or before it. Apart from the loading of an entry,
     * since today moves on while the preview runs and loaded entries are kept. None for a draft or
     * private entry, which is hidden already (and shown with --drafts or --private, as asked).
     */
    public static List<Problem> checkDates(Entry entry, ZoneId zone, LocalDate today) {
        // Most entries have no field Smallwins does not read: checked at every rebuild, they cost nothing.
        if (entry.extra().isEmpty() || entry.draft() || entry.privateEntry()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        entry.extra().forEach((key, value) -> {
            String lower = key.toLowerCase(Locale.ROOT);
            boolean publish = PUBLISH_DATES.contains(lower);
            if ((!publish && !EXPIRY_DATES.contains(lower)) || value == null) {
                return;
            }
            Optional<EntryDates.When> when = EntryDates.parse(String.valueOf(value), zone);
            if (when.isEmpty()) {
                return;
            }
            LocalDate day = when.get().dateTime().toLocalDate();
            String field = "'" + key + ": " + value + "'";
            if (publish && day.isAfter(today)) {
                problems.add(Problem.error(entry.source(), entry.lineOf(key), key, field + " is Hugo's way to keep"
                        + " a page off the site until " + day + "." + INSTEAD
                        + " When the day comes, delete 'draft: true'."));
            } else if (!publish && !day.isAfter(today)) {
                problems.add(Problem.error(entry.source(), entry.lineOf(key), key, field + " is Hugo's way to take"
                        + " a page off the site from " + day + "." + INSTEAD));
            }
        });
        return problems;
    }
}
