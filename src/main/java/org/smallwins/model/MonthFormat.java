package org.smallwins.model;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A month of a year as the locale writes it: "March 2026", "März 2026", "март 2026 г.", "2026年3月",
 * "2026. március". A fixed "LLLL yyyy" put the year last in every language ("3月 2026" in Japanese,
 * "三月 2026" in Chinese). Java 17 has no localized year-month pattern, so this one is the locale's
 * long date pattern without its day: the order, the words around the year ("г.", "de") and the
 * punctuation stay the locale's own. The month is named as it stands alone ("март", not "марта",
 * the form that goes with a day).
 */
public final class MonthFormat {
    private MonthFormat() {
    }

    /** A formatter of a month and year, like "March 2026", in {@code locale}'s words and order. */
    public static DateTimeFormatter of(Locale locale) {
        return DateTimeFormatter.ofPattern(pattern(locale), locale);
    }

    /** The pattern: "MMMM d, y" becomes "LLLL y", "y年M月d日" "y年M月", "d MMMM 'de' y" "LLLL 'de' y". */
    static String pattern(Locale locale) {
        String longDate = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                IsoChronology.INSTANCE, locale);
        List<String> parts = split(longDate);
        int day = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).charAt(0) == 'd') {
                day = i;
            }
        }
        boolean hasMonthAndYear = parts.stream().anyMatch(p -> p.charAt(0) == 'M' || p.charAt(0) == 'L')
                && parts.stream().anyMatch(p -> p.charAt(0) == 'y');
        if (day < 0 || !hasMonthAndYear) {
            return "LLLL y";
        }
        // The day goes with the words after it ("d日", "d 'de' ", "d, "); a day at the very end, with those before it.
        int from = day;
        int to = day + 1;
        while (to < parts.size() && !isField(parts.get(to))) {
            to++;
        }
        if (to == day + 1 && to == parts.size()) {
            while (from > 0 && !isField(parts.get(from - 1))) {
                from--;
            }
        }
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i >= from && i < to) {
                continue;
            }
            String part = parts.get(i);
            pattern.append(part.startsWith("MMM") ? part.replace('M', 'L') : part);
        }
        return pattern.toString().strip();
    }

    static boolean isField(String part) {
        char c = part.charAt(0);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** The pattern's parts: runs of one field letter, quoted text (with its quotes), and single other characters. */
    static List<String> split(String pattern) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int end = i + 1;
            if (c == '\'') {
                while (end < pattern.length()) {
                    if (pattern.charAt(end) == '\'') {
                        if (end + 1 < pattern.length() && pattern.charAt(end + 1) == '\'') {
                            end += 2;
                            continue;
                        }
                        end++;
                        break;
                    }
                    end++;
                }
            } else if (isField(String.valueOf(c))) {
                while (end < pattern.length() && pattern.charAt(end) == c) {
                    end++;
                }
            }
            parts.add(pattern.substring(i, end));
            i = end;
        }
        return parts;
    }
}
