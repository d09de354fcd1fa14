package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void writesDaysAsPeopleInTheseLocalesReadThem() {
        assertThat(new Formats(Locale.forLanguageTag("en-GB")).day(LocalDate.of(2025, 3, 14))).isEqualTo("14 March 2025");
        assertThat(new Formats(Locale.US).day(LocalDate.of(2025, 3, 14))).isEqualTo("March 14, 2025");
        assertThat(new Formats(Locale.GERMANY).day(LocalDate.of(2025, 3, 14))).isEqualTo("14. März 2025");
        // Java 17 writes "05 March 2025" here, as neither browsers nor South Africans do.
        assertThat(new Formats(Locale.forLanguageTag("en-ZA")).day(LocalDate.of(2025, 3, 5))).isEqualTo("5 March 2025");
    }

    /** A timeline's month headings, and the month column of the charts' tables. */
    @Test
    void writesMonthsInTheLocalesOwnOrderAndForm() {
        YearMonth march = YearMonth.of(2026, 3);
        assertThat(month("en", march)).isEqualTo("March 2026");
        assertThat(month("en-GB", march)).isEqualTo("March 2026");
        assertThat(month("de-DE", march)).isEqualTo("März 2026");
        assertThat(month("fr-FR", march)).isEqualTo("mars 2026");
        // The year first, as Japanese, Chinese, Korean and Hungarian write it (it was "3月 2026", "三月 2026").
        assertThat(month("ja-JP", march)).isEqualTo("2026年3月");
        assertThat(month("zh-CN", march)).isEqualTo("2026年3月");
        assertThat(month("ko", march)).isEqualTo("2026년 3월");
        assertThat(month("hu", march)).isEqualTo("2026. március");
        // The locale's words around the year, and a month standing alone (not "марта", which goes with a day).
        assertThat(month("ru", march)).isEqualTo("март 2026 г.");
        assertThat(month("es", march)).isEqualTo("marzo de 2026");
        assertThat(month("ar", march)).isEqualTo("مارس 2026");
    }

    private static String month(String locale, YearMonth month) {
        return new Formats(Locale.forLanguageTag(locale)).month(month);
    }

    @Test
    void writesNumbersAndCountsAsTheLocaleDoes() {
        Formats british = new Formats(Locale.forLanguageTag("en-GB"));
        Formats german = new Formats(Locale.GERMANY);
        assertThat(british.count(1, "win", "wins")).isEqualTo("1 win");
        assertThat(british.count(1234, "win", "wins")).isEqualTo("1,234 wins");
        assertThat(german.count(1234, "win", "wins")).isEqualTo("1.234 wins");
        assertThat(british.decimal(2.5)).isEqualTo("2.5");
        assertThat(german.decimal(2.5)).isEqualTo("2,5");
        assertThat(british.decimal(3)).isEqualTo("3.0");
    }
}
