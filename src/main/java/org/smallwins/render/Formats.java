package org.smallwins.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the journal's locale writes them: "14 March 2025" in en-GB, "March 14, 2025" in en-US. */
final class Formats {
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;

    Formats(Locale locale) {
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    String month(YearMonth yearMonth) {
        return month.format(yearMonth);
    }
}
