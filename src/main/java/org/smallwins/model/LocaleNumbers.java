package org.smallwins.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Whole numbers, and numbers with one decimal place, written as the locale's {@link NumberFormat}
 * writes them: "1,234" and "2.5" in en, "1.234" and "2,5" in de. A half rounds up, from the number
 * as Java writes it (0.35 becomes 0.4, though its double is 0.34999...). The site and {@code stats}
 * both write their numbers here (so it is in model, which both render and insight use), so that the
 * site and the command line never give the same figure two ways. The progress pages and the tables
 * under their charts print hundreds of numbers, and NumberFormat costs a few microseconds each, plus
 * the compiling of its code at every start (a few percent of a 1,000-entry build). The common case (a
 * number not below zero, in a locale that writes ASCII digits with nothing before or after them) is
 * written here by hand, to the same text; anything else goes to NumberFormat. Safe to share between
 * threads.
 */
public final class LocaleNumbers {
    private final Written whole;
    private final Written tenths;
    private final char decimalSeparator;

    /** Numbers as {@code locale} writes them. */
    public LocaleNumbers(Locale locale) {
        this.whole = new Written(NumberFormat.getIntegerInstance(locale));
        NumberFormat tenthsFormat = NumberFormat.getNumberInstance(locale);
        tenthsFormat.setMinimumFractionDigits(1);
        tenthsFormat.setMaximumFractionDigits(1);
        tenthsFormat.setRoundingMode(RoundingMode.HALF_UP);
        this.tenths = new Written(tenthsFormat);
        this.decimalSeparator = tenthsFormat instanceof DecimalFormat d
                ? d.getDecimalFormatSymbols().getDecimalSeparator() : '.';
    }

    /** A whole number with the locale's grouping: "1,234". */
    public String whole(long n) {
        if (n >= 0 && whole.byHand) {
            return whole.grouped(Long.toString(n));
        }
        return whole.byFormat(n);
    }

    /** One decimal place, in the locale's way: "2.5", "2,5", "1,234.0". */
    public String oneDecimal(double value) {
        // Not below zero (-0.0 is, for NumberFormat: it writes "-0.0"), and below a billion, where
        // times ten in doubles is still off by less than a millionth; NaN fails the second test.
        if (tenths.byHand && Double.doubleToRawLongBits(value) >= 0 && value < 1e9) {
            long t = roundedTenths(value);
            return tenths.grouped(Long.toString(t / 10)) + decimalSeparator + (char) ('0' + t % 10);
        }
        return tenths.byFormat(value);
    }

    /** Whether this locale's numbers are written here rather than by NumberFormat (for tests). */
    boolean byHand() {
        return whole.byHand && tenths.byHand;
    }

    /**
     * {@code value} in tenths, a half rounded up from the number as written ({@link
     * BigDecimal#valueOf(double)}: 0.35, stored as 0.34999..., becomes 0.4; 0.25 becomes 0.3).
     * Times ten in doubles is off by far less than a thousandth below a billion, and the written
     * number is the double's value to its last digit, so the two round alike unless the result lands
     * that close to a tie (k + 0.5 tenths); then BigDecimal decides. (Close to a whole number of
     * tenths, either side rounds to it.)
     */
    static long roundedTenths(double value) {
        double scaled = value * 10;
        double floor = Math.floor(scaled);
        double rest = scaled - floor;
        if (Math.abs(rest - 0.5) > 0.001) {
            return (long) floor + (rest > 0.5 ? 1 : 0);
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** One of the two formats: whether it can be written by hand, and how it groups digits. */
    private static final class Written {
        private final NumberFormat format;
        private final boolean byHand;
        private final int groupSize;
        private final char groupSeparator;

        Written(NumberFormat format) {
            this.format = format;
            boolean plain = false;
            int size = 0;
            char separator = ',';
            if (format instanceof DecimalFormat d) {
                DecimalFormatSymbols symbols = d.getDecimalFormatSymbols();
                plain = d.getPositivePrefix().isEmpty() && d.getPositiveSuffix().isEmpty()
                        && symbols.getZeroDigit() == '0' && d.getMinimumIntegerDigits() == 1
                        && d.getMultiplier() == 1;
                // DecimalFormat groups by one size only: the last group a pattern gives.
                size = d.isGroupingUsed() ? d.getGroupingSize() : 0;
                separator = symbols.getGroupingSeparator();
            }
            this.byHand = plain;
            this.groupSize = size;
            this.groupSeparator = separator;
        }

        /** ASCII digits with the group separator every groupSize digits from the right. */
        String grouped(String digits) {
            int length = digits.length();
            if (groupSize <= 0 || length <= groupSize) {
                return digits;
            }
            StringBuilder out = new StringBuilder(length + length / groupSize);
            int first = length % groupSize == 0 ? groupSize : length % groupSize;
            out.append(digits, 0, first);
            for (int i = first; i < length; i += groupSize) {
                out.append(groupSeparator).append(digits, i, i + groupSize);
            }
            return out.toString();
        }

        /** NumberFormat is not thread-safe: a copy for each call (only the uncommon cases come here). */
        String byFormat(long n) {
            return ((NumberFormat) format.clone()).format(n);
        }

        /** From the number as written, as {@link #roundedTenths} rounds; NaN and infinities as they are. */
        String byFormat(double value) {
            NumberFormat copy = (NumberFormat) format.clone();
            return Double.isFinite(value) ? copy.format(BigDecimal.valueOf(value)) : copy.format(value);
        }
    }
}
