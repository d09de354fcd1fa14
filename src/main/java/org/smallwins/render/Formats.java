package org.smallwins.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.smallwins.model.DayFormat;
import org.smallwins.model.LocaleNumbers;
import org.smallwins.model.MonthFormat;

/**
 * Dates and numbers as the journal's locale writes them: "14 March 2025" and "1,234" in en-GB,
 * "March 14, 2025" in en-US, "1.234" in de-DE. Words stay English; {@link #count} picks "win" or
 * "wins" so templates never print "1 wins".
 */
final class Formats {
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final LocaleNumbers numbers;

    Formats(Locale locale) {
        this.locale = locale;
        this.day = DayFormat.of(locale);
        this.month = MonthFormat.of(locale);
        this.numbers = new LocaleNumbers(locale);
    }

    Locale locale() {
        return locale;
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    String month(YearMonth yearMonth) {
        return month.format(yearMonth);
    }

    /** A whole number with the locale's grouping. */
    String number(long n) {
        return numbers.whole(n);
    }

    /** One decimal place, in the locale's way ("2.5", "2,5"). */
    String decimal(double value) {
        return numbers.oneDecimal(value);
    }

    /** "1 win", "1,234 wins". */
    String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }
}
