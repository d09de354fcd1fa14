package org.smallwins.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DayFormatTest {
    private static final LocalDate FIFTH = LocalDate.of(2026, 1, 5);

    private static String day(String locale, LocalDate date) {
        return DayFormat.of(Locale.forLanguageTag(locale)).format(date);
    }

    /** Java 17's data pads these ("05 January 2026"); browsers and the people there write "5". */
    @Test
    void writesTheDayOfTheMonthWithoutALeadingZero() {
        assertThat(day("en-ZA", FIFTH)).isEqualTo("5 January 2026");
        assertThat(day("sl", FIFTH)).isEqualTo("5. januar 2026");
        assertThat(day("sr-Latn", FIFTH)).isEqualTo("5. januar 2026.");
        assertThat(day("af", FIFTH)).isEqualTo("5 Januarie 2026");
        assertThat(day("es-HN", FIFTH)).isEqualTo("5 de enero de 2026");
    }

    @Test
    void keepsTheLocalesOwnWordsAndOrder() {
        assertThat(day("en", FIFTH)).isEqualTo("January 5, 2026");
        assertThat(day("en-GB", FIFTH)).isEqualTo("5 January 2026");
        assertThat(day("de-DE", FIFTH)).isEqualTo("5. Januar 2026");
        assertThat(day("tr-TR", FIFTH)).isEqualTo("5 Ocak 2026");
        assertThat(day("ja-JP", FIFTH)).isEqualTo("2026年1月5日");
        assertThat(day("fr-FR", FIFTH)).isEqualTo("5 janvier 2026");
    }

    /** A day of two digits reads the same padded or not: every locale's long date is otherwise unchanged. */
    @Test
    void isTheLocalesLongDateInEveryLocale() {
        LocalDate fourteenth = LocalDate.of(2026, 11, 14);
        for (Locale locale : Locale.getAvailableLocales()) {
            String longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(fourteenth);
            assertThat(DayFormat.of(locale).format(fourteenth)).as(locale.toLanguageTag()).isEqualTo(longDate);
        }
    }
}
