package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatmapTest {

    @Test
    void everyYearFromTheFirstEntryToTodayWithOnlyTheDaysThatHaveWins() {
        Heatmap h = TestJournal.today("2026-01-02")
                .reflection("2023-12-31")
                .wins("2024-02-29", "2024-02-29", "2024-03-01")
                .setback("2025-05-05")
                .insights().heatmap();

        assertThat(h.firstYear()).isEqualTo(2023);
        assertThat(h.lastYear()).isEqualTo(2026);
        assertThat(h.maxWinsInADay()).isEqualTo(2);
        assertThat(h.years()).extracting(Heatmap.Year::year).containsExactly(2023, 2024, 2025, 2026);
        assertThat(h.years().get(0).days()).isEmpty();
        assertThat(h.years().get(1)).isEqualTo(new Heatmap.Year(2024, 3, 2, List.of(
                new Heatmap.Day(LocalDate.parse("2024-02-29"), 2), new Heatmap.Day(LocalDate.parse("2024-03-01"), 1))));
        assertThat(h.years().get(2).wins()).isZero();
    }

    @Test
    void anEmptyJournalHasNoYears() {
        Heatmap h = TestJournal.today("2026-01-02").insights().heatmap();
        assertThat(h.firstYear()).isNull();
        assertThat(h.years()).isEmpty();
    }
}
