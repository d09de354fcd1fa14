package org.smallwins.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * LocaleNumbers writes exactly what NumberFormat writes, in every locale the JDK has, a half rounded
 * up from the number as written (as {@code stats} rounds).
 */
class LocaleNumbersTest {
    private static final long[] WHOLE = {0, 1, 7, 10, 99, 100, 999, 1_000, 1_001, 9_999, 10_000, 12_345, 99_999,
        100_000, 123_456, 1_234_567, 12_345_678, 1_000_000_000L, 987_654_321_012L, Long.MAX_VALUE, -1, -999, -1_234,
        Long.MIN_VALUE};

    private static List<Double> decimals() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.04, 0.05, 0.06, 0.15, 0.25, 0.35, 0.45, 0.55,
                0.65, 0.75, 0.85, 0.95, 0.96, 1.0, 1.05, 1.25, 2.5, 2.55, 2.65, 9.95, 99.95, 999.94, 999.95, 999.96,
                1_000.0, 1_234.56, 12_345.65, 1_234_567.85, 999_999_999.9, 1e9, 1e12, -0.04, -2.5, -1_234.5,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 1.0 / 3,
                2.0 / 3, 7.0 / 3));
        // Every tie in tenths up to 20 (k/20), and the doubles just either side of it.
        for (int k = 0; k <= 400; k++) {
            double tie = k / 20.0;
            values.add(tie);
            values.add(Math.nextUp(tie));
            values.add(Math.nextDown(Math.max(tie, Double.MIN_VALUE)));
        }
        return values;
    }

    @Test
    void writesWholeNumbersAsNumberFormatDoesInEveryLocale() {
        for (Locale locale : Locale.getAvailableLocales()) {
            LocaleNumbers numbers = new LocaleNumbers(locale);
            NumberFormat format = NumberFormat.getIntegerInstance(locale);
            for (long n : WHOLE) {
                assertThat(numbers.whole(n)).as("%d in %s", n, locale).isEqualTo(format.format(n));
            }
        }
    }

    @Test
    void writesOneDecimalPlaceAsNumberFormatDoesInEveryLocale() {
        List<Double> values = decimals();
        for (Locale locale : Locale.getAvailableLocales()) {
            LocaleNumbers numbers = new LocaleNumbers(locale);
            NumberFormat format = tenths(locale);
            for (double value : values) {
                assertThat(numbers.oneDecimal(value)).as("%s in %s", value, locale).isEqualTo(written(format, value));
            }
        }
    }

    @Test
    void writesManyValuesAsNumberFormatDoesInLocalesWrittenByHand() {
        Random random = new Random(20261130);
        for (String tag : List.of("en-GB", "en-US", "de-DE", "fr-FR", "de-CH", "hi-IN", "sv-SE", "pt-BR")) {
            Locale locale = Locale.forLanguageTag(tag);
            LocaleNumbers numbers = new LocaleNumbers(locale);
            assertThat(numbers.byHand()).as(tag).isTrue();
            NumberFormat whole = NumberFormat.getIntegerInstance(locale);
            NumberFormat tenths = tenths(locale);
            for (int i = 0; i < 20_000; i++) {
                long n = random.nextInt(5) == 0 ? random.nextLong() >>> random.nextInt(64) : random.nextInt(100_000);
                assertThat(numbers.whole(n)).as("%d in %s", n, tag).isEqualTo(whole.format(n));
                double value = switch (i % 4) {
                    case 0 -> random.nextDouble();
                    case 1 -> random.nextDouble() * 10;
                    case 2 -> random.nextInt(10_000) / 100.0;
                    default -> random.nextDouble() * 2e9;
                };
                assertThat(numbers.oneDecimal(value)).as("%s in %s", value, tag).isEqualTo(written(tenths, value));
            }
        }
    }

    @Test
    void roundsTenthsHalfUpFromTheNumberAsWritten() {
        assertThat(LocaleNumbers.roundedTenths(0.25)).isEqualTo(3);   // a tie: up
        assertThat(LocaleNumbers.roundedTenths(0.75)).isEqualTo(8);   // a tie: up
        assertThat(LocaleNumbers.roundedTenths(0.35)).isEqualTo(4);   // written 0.35, though stored as 0.34999...
        assertThat(LocaleNumbers.roundedTenths(0.45)).isEqualTo(5);   // stored as 0.45000...1
        assertThat(LocaleNumbers.roundedTenths(0.34)).isEqualTo(3);
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double value = i % 2 == 0 ? random.nextDouble() * 1e9 : random.nextInt(200_000) / 200.0;
            long written = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).unscaledValue().longValueExact();
            assertThat(LocaleNumbers.roundedTenths(value)).as("%s", value).isEqualTo(written);
        }
    }

    @Test
    void writesTheSiteAndTheStatsSummaryAlikeAtAHalf() {
        LocaleNumbers numbers = new LocaleNumbers(Locale.ENGLISH);
        assertThat(numbers.oneDecimal(0.25)).isEqualTo("0.3");
        assertThat(numbers.oneDecimal(0.35)).isEqualTo("0.4");
        assertThat(numbers.oneDecimal(2.45)).isEqualTo("2.5");
        assertThat(numbers.oneDecimal(-0.25)).isEqualTo("-0.3");
        assertThat(numbers.oneDecimal(-0.0)).isEqualTo("0.0");
        assertThat(new LocaleNumbers(Locale.GERMANY).oneDecimal(1_234.45)).isEqualTo("1.234,5");
    }

    private static NumberFormat tenths(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** What NumberFormat writes for the number as Java writes it ("0.35", not its double's 0.34999...). */
    private static String written(NumberFormat format, double value) {
        return Double.isFinite(value) ? format.format(BigDecimal.valueOf(value)) : format.format(value);
    }
}
