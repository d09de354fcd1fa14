package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OnThisDayTest {

    @Test
    void entriesOfThisDayInEarlierYearsWithLeapDaysOnTheTwentyEighth() {
        OnThisDay o = TestJournal.today("2027-02-28")
                .win("2024-02-29", e -> e.title("Leap"))
                .win("2025-02-28", e -> e.title("Two years"))
                .reflection("2026-02-28", e -> e.title("One year"))
                .win("2026-03-01")
                .win("2027-02-28", e -> e.title("Today"))
                .insights().onThisDay();

        assertThat(o.entries()).extracting(OnThisDay.Memory::yearsAgo, m -> m.entry().title()).containsExactly(
                tuple(1, "One year"), tuple(2, "Two years"), tuple(3, "Leap"));
        assertThat(o.yearAgo().target()).isEqualTo("2026-02-28");
        assertThat(o.yearAgo().offsetDays()).isZero();
        assertThat(o.yearAgo().entries()).extracting(EntryRef::title).containsExactly("One year");
    }

    @Test
    void onALeapDayOnlyLeapDays() {
        OnThisDay o = TestJournal.today("2028-02-29")
                .win("2024-02-29", e -> e.title("Leap"))
                .win("2027-02-28", e -> e.title("Year ago"))
                .insights().onThisDay();

        assertThat(o.entries()).extracting(m -> m.entry().title()).containsExactly("Leap");
        assertThat(o.yearAgo().target()).isEqualTo("2027-02-28");
        assertThat(o.yearAgo().entries()).extracting(EntryRef::title).containsExactly("Year ago");
    }

    @Test
    void aYearAgoIsTheNearestDayWithinThreeDaysTheEarlierWhenTied() {
        OnThisDay tied = TestJournal.today("2025-06-10")
                .win("2024-06-08", e -> e.title("Before"))
                .reflection("2024-06-08", e -> e.title("Also before").at("09:00"))
                .win("2024-06-12", e -> e.title("After"))
                .insights().onThisDay();
        OnThisDay after = TestJournal.today("2025-06-10")
                .win("2024-06-06").win("2024-06-12", e -> e.title("After")).win("2024-06-14")
                .insights().onThisDay();

        assertThat(tied.yearAgo().date()).isEqualTo("2024-06-08");
        assertThat(tied.yearAgo().offsetDays()).isEqualTo(-2);
        assertThat(tied.yearAgo().entries()).extracting(EntryRef::title).containsExactly("Before", "Also before");
        assertThat(after.yearAgo().offsetDays()).isEqualTo(2);
        assertThat(after.yearAgo().entries()).extracting(EntryRef::title).containsExactly("After");
        assertThat(tied.entries()).isEmpty();
    }

    @Test
    void nothingNearAYearAgoIsNoYearAgo() {
        OnThisDay o = TestJournal.today("2025-06-10").win("2024-06-06").win("2024-06-14").insights().onThisDay();

        assertThat(o.yearAgo()).isNull();
        assertThat(o.today()).isEqualTo(LocalDate.parse("2025-06-10"));
    }
}
