package org.smallwins.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntryDatesTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static EntryDates.When parse(String text, ZoneId zone) {
        return EntryDates.parse(text, zone).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    @Test
    void aPlainDayIsMidnightWithoutTime() {
        EntryDates.When when = parse("2025-03-14", BERLIN);

        assertThat(when.dateTime()).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
        assertThat(when.hasTime()).isFalse();
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(parse("  2025-03-14 ", UTC).dateTime()).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
    }

    @Test
    void dateAndTimeSeparatedBySpace() {
        EntryDates.When when = parse("2025-03-14 08:30", UTC);

        assertThat(when.dateTime()).isEqualTo(LocalDateTime.of(2025, 3, 14, 8, 30));
        assertThat(when.hasTime()).isTrue();
    }

    @Test
    void dateAndTimeSeparatedByT() {
        EntryDates.When when = parse("2025-03-14T08:30", UTC);

        assertThat(when.dateTime()).isEqualTo(LocalDateTime.of(2025, 3, 14, 8, 30));
        assertThat(when.hasTime()).isTrue();
    }

    @Test
    void lowerCaseTSeparatorIsAccepted() {
        assertThat(parse("2025-03-14t08:30", UTC).dateTime()).isEqualTo(LocalDateTime.of(2025, 3, 14, 8, 30));
    }

    @Test
    void secondsAreKept() {
        assertThat(parse("2025-03-14 08:30:15", UTC).dateTime())
                .isEqualTo(LocalDateTime.of(2025, 3, 14, 8, 30, 15));
    }

    @Test
    void fractionOfASecondIsKept() {
        assertThat(parse("2025-03-14T08:30:15.250", UTC).dateTime())
                .isEqualTo(LocalDateTime.of(2025, 3, 14, 8, 30, 15, 250_000_000));
    }

    @Test
    void offsetIsConvertedIntoTheJournalZone() {
        EntryDates.When when = parse("2025-03-14T08:30:00+05:00", BERLIN);

        // 03:30 UTC is 04:30 in Berlin (CET, before the March change).
        assertThat(when.dateTime()).isEqualTo(LocalDateTime.of(2025, 3, 14, 4, 30));
        assertThat(when.hasTime()).isTrue();
    }

    @Test
    void offsetConversionMovesTheEntryToTheNextDay() {
        EntryDates.When when = parse("2025-03-14T23:30:00-05:00", BERLIN);

        assertThat(when.dateTime()).isEqualTo(LocalDateTime.of(2025, 3, 15, 5, 30));
    }

    @Test
    void offsetConversionMovesTheEntryToThePreviousDay() {
        EntryDates.When when = parse("2025-03-14 00:30 +09:00", UTC);

        assertThat(when.dateTime()).isEqualTo(LocalDateTime.of(2025, 3, 13, 15, 30));
    }

    @Test
    void zuluTimeIsUtc() {
        assertThat(parse("2025-07-01T12:00:00Z", BERLIN).dateTime())
                .isEqualTo(LocalDateTime.of(2025, 7, 1, 14, 0));
    }

    @Test
    void spaceBeforeTheOffsetIsAccepted() {
        assertThat(parse("2025-03-14 08:30:00 +01:00", UTC).dateTime())
                .isEqualTo(LocalDateTime.of(2025, 3, 14, 7, 30));
    }

    @Test
    void offsetWithoutColonAsJekyllWritesItIsAccepted() {
        assertThat(EntryDates.parse("2019-05-01 10:00:00 +0200", UTC))
                .hasValueSatisfying(w -> assertThat(w.dateTime()).isEqualTo(LocalDateTime.of(2019, 5, 1, 8, 0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2025-13-01", "2025-00-10", "2025-02-29", "2025-04-31",
            "2025-03-14 25:00", "2025-03-14 08:61", "2025-3-14", "14.03.2025", "yesterday", ""})
    void invalidDatesAreRefused(String text) {
        assertThat(EntryDates.parse(text, UTC)).isEmpty();
    }

    @Test
    void leapDayInALeapYearIsValid() {
        assertThat(parse("2024-02-29", UTC).dateTime()).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
    }

    @Test
    void splitsADatePrefixFromAFileName() {
        assertThat(EntryDates.splitFileName("2025-03-14-first-walk"))
                .hasValueSatisfying(parts -> assertThat(parts).containsExactly("2025-03-14", "first-walk"));
    }

    @Test
    void splitsADatePrefixFollowedByUnderscore() {
        assertThat(EntryDates.splitFileName("2025-03-14_walk"))
                .hasValueSatisfying(parts -> assertThat(parts).containsExactly("2025-03-14", "walk"));
    }

    @Test
    void aFileNameThatIsOnlyADateLeavesAnEmptyName() {
        assertThat(EntryDates.splitFileName("2025-03-14"))
                .hasValueSatisfying(parts -> assertThat(parts).containsExactly("2025-03-14", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"first-walk", "2025-03-14walk", "20250314-walk", "walk-2025-03-14", "25-03-14-walk"})
    void fileNamesWithoutADatePrefixAreNotSplit(String name) {
        assertThat(EntryDates.splitFileName(name)).isEmpty();
    }

    @Test
    void fileNamePrefixIsSplitEvenWhenItIsNotARealDate() {
        // The split only looks at digits; EntryLoader then reports the impossible date.
        assertThat(EntryDates.splitFileName("2025-02-30-walk"))
                .hasValueSatisfying(parts -> assertThat(parts[0]).isEqualTo("2025-02-30"));
        assertThat(EntryDates.parse("2025-02-30", UTC)).isEmpty();
    }

    /**
     * The common forms are read digit by digit; whatever they give (or refuse) is what the time
     * API's parsers give: checked on generated dates, valid and not, in every separator and length.
     */
    @Test
    void commonFormsReadAsTheTimeApiReadsThem() {
        Random random = new Random(11);
        String[] separators = {" ", "T", "t", "_", "  "};
        for (int i = 0; i < 50000; i++) {
            String day = String.format("%04d-%02d-%02d", random.nextInt(3) == 0 ? random.nextInt(10000) : 1990 + random.nextInt(40),
                    random.nextInt(15), random.nextInt(33));
            String time = String.format("%02d:%02d", random.nextInt(26), random.nextInt(62));
            String text = switch (random.nextInt(6)) {
                case 0 -> day;
                case 1, 2 -> day + separators[random.nextInt(separators.length)] + time;
                case 3 -> day + separators[random.nextInt(separators.length)] + time + String.format(":%02d", random.nextInt(62));
                case 4 -> day.substring(0, 4 + random.nextInt(7)) + "x" + time.substring(random.nextInt(5));
                default -> day.replace('-', random.nextBoolean() ? '/' : '-') + (random.nextBoolean() ? "" : "T" + time.replace(':', random.nextBoolean() ? ':' : '.'));
            };
            assertThat(EntryDates.parse(text, BERLIN)).as(text).isEqualTo(byTimeApi(text.trim()));
        }
    }

    /** What parse gave before the common forms were read directly, for those forms. */
    private static Optional<EntryDates.When> byTimeApi(String value) {
        try {
            return Optional.of(new EntryDates.When(LocalDate.parse(value).atStartOfDay(), false));
        } catch (DateTimeParseException notADay) {
            // a day and a time, perhaps
        }
        String time = value.length() > 10 && (value.charAt(10) == ' ' || value.charAt(10) == 't')
                ? value.substring(0, 10) + 'T' + value.substring(11).trim() : value;
        try {
            return Optional.of(new EntryDates.When(LocalDateTime.parse(time), true));
        } catch (DateTimeParseException notADateTime) {
            return Optional.empty();
        }
    }

    @Test
    void aDayWrittenAnotherWayIsSaidBackInTheFormThatIsRead() {
        // Jekyll reads all of these; a journal moved from it gets the day it meant, not a made-up example.
        assertThat(EntryDates.howToWrite("2025-2-3")).isEqualTo("write it as 2025-02-03");
        assertThat(EntryDates.howToWrite(" 2025-3-14 8:30 ")).isEqualTo("write it as 2025-03-14 08:30");
        assertThat(EntryDates.howToWrite("2025-03-14 8:30")).isEqualTo("write it as 2025-03-14 08:30");
        assertThat(EntryDates.howToWrite("2025/03/14")).isEqualTo("write it as 2025-03-14");
        assertThat(EntryDates.howToWrite("03/14/2025")).isEqualTo("write it as 2025-03-14");
        assertThat(EntryDates.howToWrite("14/03/2025")).isEqualTo("write it as 2025-03-14");
        assertThat(EntryDates.howToWrite("4.3.2025")).isEqualTo("write it as 2025-03-04");
    }

    @Test
    void aDayWhoseOrderOfMonthAndDayIsNotClearGetsBothInWords() {
        assertThat(EntryDates.howToWrite("03/04/2025"))
                .isEqualTo("write it as 2025-03-04 (March 4) or 2025-04-03 (April 3), whichever you meant");
        assertThat(EntryDates.howToWrite("05/05/2025")).isEqualTo("write it as 2025-05-05");
    }

    @Test
    void whatIsNoDayInAnyOrderGetsTheFormsThatAreRead() {
        for (String written : new String[] {"someday", "2025-2-30", "2025-02-30", "13/13/2025", "2025-03-14 25:00",
            "2025-03-14 08:30 PM", "2025-03-14T08:30:00[Europe/Paris]"}) {
            assertThat(EntryDates.howToWrite(written)).as(written).isEqualTo(EntryDates.EXPECTED);
        }
    }
}
