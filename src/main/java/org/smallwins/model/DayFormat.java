package org.smallwins.model;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A day as the locale writes it in full: "14 March 2025", "5. Januar 2026", "2026年1月5日". This is
 * the locale's long date, but with the day of the month never padded to two digits. Java 17's
 * locale data pads it in a few locales ("05 January 2026" in en-ZA, "05. januar 2026" in sl and sr,
 * "05 Januarie 2026" in af) where newer data, and every browser, write "5": the progress page's
 * "on this day" then read "05" as built and "5" once its script had run, and the site disagreed
 * with how people there write a date in words.
 */
public final class DayFormat {
    private DayFormat() {
    }

    /** A formatter of a full date, like "5 January 2026", in {@code locale}'s words and order. */
    public static DateTimeFormatter of(Locale locale) {
        return DateTimeFormatter.ofPattern(pattern(locale), locale);
    }

    /** The locale's long date pattern, its "dd" written "d": "dd MMMM y" becomes "d MMMM y". */
    static String pattern(Locale locale) {
        String longDate = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                IsoChronology.INSTANCE, locale);
        StringBuilder pattern = new StringBuilder(longDate.length());
        for (String part : MonthFormat.split(longDate)) {
            pattern.append(part.equals("dd") ? "d" : part);
        }
        return pattern.toString();
    }
}
