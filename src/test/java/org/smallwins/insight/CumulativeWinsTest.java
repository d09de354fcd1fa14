package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CumulativeWinsTest {

    @Test
    void onePointPerDayWithAWinAndSetbacksDoNotSubtract() {
        CumulativeWins wins = TestJournal.today("2025-01-31")
                .wins("2025-01-01", "2025-01-01")
                .setback("2025-01-02")
                .reflection("2025-01-03")
                .win("2025-01-05")
                .insights().cumulativeWins();

        assertThat(wins.points()).containsExactly(
                new CumulativeWins.Point(LocalDate.parse("2025-01-01"), 2, 2),
                new CumulativeWins.Point(LocalDate.parse("2025-01-05"), 1, 3));
    }

    @Test
    void noWinsNoPoints() {
        assertThat(TestJournal.today("2025-01-31").setback("2025-01-02").insights().cumulativeWins().points()).isEmpty();
    }
}
