package org.smallwins.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates people write: a day, a day and time, or a day and time with an offset. */
public final class EntryDates {
    /** A {@code YYYY-MM-DD-} prefix on a file name, as Jekyll and Hugo use. */
    private static final Pattern FILE_NAME_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:-|_|$)(.*)$");
    private static final Pattern UNPADDED_FILE_NAME_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})((?:-|_|$).*)$");
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("\\s+(?=[+-]\\d|Z$)");
    /** Jekyll writes offsets without a colon: "2019-05-01 10:00:00 +0200". */
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    /** How to write a date, for the end of a message about one that cannot be read. */
    public static final String EXPECTED = "write it as 2025-03-14, 2025-03-14 08:30 or 2025-03-14T08:30:00+01:00";

    /** A day written without leading zeros, "2025-2-3", with a time or not. */
    private static final Pattern UNPADDED_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})((?:[ Tt]).*)?");
    /** A day written with slashes or dots: "2025/03/14", "03/14/2025", "14.03.2025". */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})[/.](\\d{4})");

    /**
     * How to write a date that cannot be read, for the end of a message about it: the day the
     * writer most likely meant in the form that is read ("2025-2-3" gives "write it as 2025-02-03"),
     * both days when the order of day and month is not clear ("03/04/2025"), and {@link #EXPECTED}
     * for anything else.
     */
    public static String howToWrite(String written) {
        String value = written.trim();
        Matcher unpadded = UNPADDED_DATE.matcher(value);
        if (unpadded.matches()) {
            String time = unpadded.group(4) == null ? "" : unpadded.group(4);
            // "8:30" is read as 08:30 too.
            time = time.replaceFirst("^([ Tt])(\\d):", "$10$2:");
            String meant = day(unpadded.group(1), unpadded.group(2), unpadded.group(3));
            if (meant != null && parse(meant + time, ZoneOffset.UTC).isPresent()) {
                return "write it as " + meant + time;
            }
        }
        Matcher yearFirst = YEAR_FIRST.matcher(value);
        if (yearFirst.matches()) {
            String meant = day(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
            if (meant != null) {
                return "write it as " + meant;
            }
        }
        Matcher yearLast = YEAR_LAST.matcher(value);
        if (yearLast.matches()) {
            String year = yearLast.group(4);
            // Dots are the European order, day first; slashes are either.
            String dayFirst = day(year, yearLast.group(3), yearLast.group(1));
            String monthFirst = yearLast.group(2).equals(".") ? null : day(year, yearLast.group(1), yearLast.group(3));
            if (dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst)) {
                return "write it as " + monthFirst + " (" + spoken(monthFirst) + ") or " + dayFirst + " ("
                        + spoken(dayFirst) + "), whichever you meant";
            }
            String meant = dayFirst != null ? dayFirst : monthFirst;
            if (meant != null) {
                return "write it as " + meant;
            }
        }
        return EXPECTED;
    }

    /**
     * As {@link #howToWrite}, for a value that must be a day alone ({@code --today}): the day or
     * days it most likely means ("2025-2-3" gives "write it as 2025-02-03"); empty when the only
     * advice is the general form or has a time of day, which such a value cannot take.
     */
    public static Optional<String> howToWriteADay(String written) {
        String how = howToWrite(written);
        return how.equals(EXPECTED) || how.matches(".*\\d:\\d.*") ? Optional.empty() : Optional.of(how);
    }

    /** "March 4" for 2025-03-04: which of two days is which, said in words. */
    private static String spoken(String day) {
        LocalDate date = LocalDate.parse(day);
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
    }

    /** The day as YYYY-MM-DD, or null when there is no such day. */
    private static String day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException noSuchDay) {
            return null;
        }
    }

    /**
     * The years an entry's date may have. A journal is kept by a living person; a year outside
     * these is a typo ("0205-03-14"), and a far one made a progress page for every year between
     * it and today (1,800 pages, 300 MB, for that one typo).
     */
    public static final int FIRST_YEAR = 1900;
    /** The last year an entry's date may have (see {@link #FIRST_YEAR}). */
    public static final int LAST_YEAR = 2999;

    /** Whether an entry may have this date: its year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
    public static boolean inRange(LocalDateTime dateTime) {
        return dateTime.getYear() >= FIRST_YEAR && dateTime.getYear() <= LAST_YEAR;
    }

    /** Why the date, written as {@code written}, cannot be an entry's; null when it can. */
    public static String yearProblem(String written, LocalDateTime dateTime) {
        return inRange(dateTime) ? null : "'" + written + "' has the year " + dateTime.getYear()
                + ": a journal's dates are from " + FIRST_YEAR + " to " + LAST_YEAR + ". Check the year for a typo.";
    }

    /**
     * A parsed date.
     *
     * @param dateTime the local date-time in the journal's zone; midnight when no time was given
     * @param hasTime  whether a time of day was written
     */
    public record When(LocalDateTime dateTime, boolean hasTime) {
    }

    private EntryDates() {
    }

    /** Parses a date as written; offsets are converted into the journal's time zone. */
    public static Optional<When> parse(String text, ZoneId zone) {
        String value = text.trim();
        When common = common(value);
        if (common != null) {
            return Optional.of(common);
        }
        // Each parser below is tried only where it can succeed: a failed parse throws, and a
        // journal's dates mostly carry a time, so trying them in turn cost two exceptions an entry.
        if (value.indexOf(':') < 0) {
            try {
                return Optional.of(new When(LocalDate.parse(value).atStartOfDay(), false));
            } catch (DateTimeParseException ignored) {
                // not a plain day; try with a time below
            }
        }
        if (value.length() > 10 && (value.charAt(10) == ' ' || value.charAt(10) == 't')) {
            value = value.substring(0, 10) + 'T' + value.substring(11).trim();
        }
        value = SPACE_BEFORE_OFFSET.matcher(value).replaceAll("");
        if (value.length() > 16) {
            value = value.substring(0, 16) + OFFSET_WITHOUT_COLON.matcher(value.substring(16)).replaceAll("$1:$2");
        }
        if (mayHaveOffset(value)) {
            try {
                OffsetDateTime withOffset = OffsetDateTime.parse(value);
                return Optional.of(new When(withOffset.atZoneSameInstant(zone).toLocalDateTime(), true));
            } catch (DateTimeParseException ignored) {
                // no offset; a local date-time below
            }
        }
        try {
            return Optional.of(new When(LocalDateTime.parse(value), true));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A date in the forms nearly every entry uses, "2025-03-14", "2025-03-14 08:30" or
     * "2025-03-14T08:30:15" (a space, T or t between), read digit by digit; null for any other
     * form and for a date that does not exist, which {@link #parse} then reads (or refuses) as
     * before. The time API's parsers, tried in turn, were most of reading an entry's fields, and
     * at start-up much code run once.
     */
    private static When common(String value) {
        int length = value.length();
        if ((length != 10 && length != 16 && length != 19) || !digitsAt(value, 0, 4) || value.charAt(4) != '-'
                || !digitsAt(value, 5, 2) || value.charAt(7) != '-' || !digitsAt(value, 8, 2)) {
            return null;
        }
        int year = number(value, 0, 4);
        int month = number(value, 5, 2);
        int day = number(value, 8, 2);
        try {
            if (length == 10) {
                return new When(LocalDate.of(year, month, day).atStartOfDay(), false);
            }
            char between = value.charAt(10);
            if ((between != ' ' && between != 'T' && between != 't') || !digitsAt(value, 11, 2)
                    || value.charAt(13) != ':' || !digitsAt(value, 14, 2)
                    || (length == 19 && (value.charAt(16) != ':' || !digitsAt(value, 17, 2)))) {
                return null;
            }
            int second = length == 19 ? number(value, 17, 2) : 0;
            return new When(LocalDateTime.of(year, month, day, number(value, 11, 2), number(value, 14, 2), second), true);
        } catch (DateTimeException noSuchDate) {
            return null;
        }
    }

    private static boolean digitsAt(String value, int start, int count) {
        for (int i = start; i < start + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int start, int count) {
        int number = 0;
        for (int i = start; i < start + count; i++) {
            number = number * 10 + (value.charAt(i) - '0');
        }
        return number;
    }

    /** Whether the part after the day holds what an offset starts with: Z, + or -. */
    private static boolean mayHaveOffset(String value) {
        for (int i = 10; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * A file name that starts with a day written without its zeros ("2025-3-4-walk"), as the
     * two-digit form it would be read in ("2025-03-04-walk"); empty for any other name, and for a
     * day that is not real. Such a name is not read as a date, and "no date" alone would not say why.
     */
    public static Optional<String> padded(String baseName) {
        Matcher m = UNPADDED_FILE_NAME_DATE.matcher(baseName);
        if (!m.matches() || (m.group(2).length() == 2 && m.group(3).length() == 2)) {
            return Optional.empty();
        }
        String day = m.group(1) + "-" + (m.group(2).length() == 1 ? "0" : "") + m.group(2) + "-"
                + (m.group(3).length() == 1 ? "0" : "") + m.group(3);
        if (parse(day, ZoneOffset.UTC).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(day + m.group(4));
    }

    /** The date prefix of a file name without extension, if it has one: ("2025-03-14", "first-walk"). */
    public static Optional<String[]> splitFileName(String baseName) {
        Matcher m = FILE_NAME_DATE.matcher(baseName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {m.group(1), m.group(2)});
    }
}
