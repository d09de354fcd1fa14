package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void writesDaysAsPeopleInTheseLocalesReadThem() {
        assertThat(new Formats(Locale.forLanguageTag("en-GB")).day(LocalDate.of(2025, 3, 14))).isEqualTo("14 March 2025");
        assertThat(new Formats(Locale.US).day(LocalDate.of(2025, 3, 14))).isEqualTo("March 14, 2025");
        assertThat(new Formats(Locale.GERMANY).day(LocalDate.of(2025, 3, 14))).isEqualTo("14. März 2025");
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
