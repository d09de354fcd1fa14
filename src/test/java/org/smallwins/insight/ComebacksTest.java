package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComebacksTest {

    @Test
    void aWinEarlierOnTheSetbacksDayIsNoComebackWhenBothGiveATime() {
        Comebacks c = TestJournal.today("2025-05-01")
                .win("2025-01-10", e -> e.title("Morning walk").at("08:00"))
                .setback("2025-01-10", e -> e.title("Evening slump").at("20:00"))
                .setback("2025-02-01", e -> e.title("Lost day").at("09:00"))
                .win("2025-02-01", e -> e.title("Called a friend").at("18:30"))
                .setback("2025-03-01", e -> e.title("Day only"))
                .win("2025-03-01", e -> e.title("Undated walk"))
                .insights().comebacks();

        assertThat(c.items()).extracting(Comebacks.Comeback::days).containsExactly(22, 0, 0);
        // Logged after the morning's walk, the evening's setback came back with the next win.
        assertThat(c.items()).extracting(item -> item.win().title())
                .containsExactly("Called a friend", "Called a friend", "Undated walk");
    }

    @Test
    void daysUntilTheNextWinOnOrAfterTheSetbacksDay() {
        Comebacks c = TestJournal.today("2025-05-01")
                .setback("2025-01-10", e -> e.at("08:00"))
                .win("2025-01-10", e -> e.title("Evening walk").at("20:00"))
                .setback("2025-02-01")
                .setback("2025-02-02")
                .win("2025-02-04", e -> e.title("Back").slug("back"))
                .win("2025-02-04", e -> e.slug("walk"))
                .setback("2025-04-01", e -> e.title("Rough week"))
                .insights().comebacks();

        assertThat(c.items()).extracting(Comebacks.Comeback::days).containsExactly(0, 3, 2, null);
        assertThat(c.items().get(0).win().title()).isEqualTo("Evening walk");
        assertThat(c.items().get(1).win().title()).isEqualTo("Back");
        Comebacks.Comeback notYet = c.items().get(3);
        assertThat(notYet.setback().title()).isEqualTo("Rough week");
        assertThat(notYet.cameBack()).isFalse();
        assertThat(notYet.win()).isNull();
        assertThat(c.setbacks()).isEqualTo(4);
        assertThat(c.cameBack()).isEqualTo(3);
        assertThat(c.notYet()).isEqualTo(1);
    }

    @Test
    void laterComebacksShorterThanEarlierOnes() {
        // Comebacks of 10, 6, 3 and 1 days: medians 8 then 2.
        Comebacks c = TestJournal.today("2025-12-31")
                .setback("2025-01-01").win("2025-01-11")
                .setback("2025-02-01").win("2025-02-07")
                .setback("2025-03-01").win("2025-03-04")
                .setback("2025-04-01").win("2025-04-02")
                .setback("2025-05-01")
                .insights().comebacks();

        assertThat(c.firstHalfMedianDays()).isEqualTo(8.0);
        assertThat(c.secondHalfMedianDays()).isEqualTo(2.0);
        assertThat(c.trend()).isEqualTo("shorter");
    }

    @Test
    void withAnOddNumberTheMiddleComebackIsInNeitherHalf() {
        Comebacks c = TestJournal.today("2025-12-31")
                .setback("2025-01-01").win("2025-01-06")
                .setback("2025-02-01").win("2025-05-12")
                .setback("2025-06-01").win("2025-06-06")
                .insights().comebacks();

        assertThat(c.trend()).isEqualTo("same");
        assertThat(c.firstHalfMedianDays()).isEqualTo(5.0);
    }

    @Test
    void oneComebackOrNoneHasNoTrend() {
        Comebacks one = TestJournal.today("2025-12-31").setback("2025-01-01").win("2025-01-02").insights().comebacks();
        Comebacks none = TestJournal.today("2025-12-31").win("2025-01-01").setback("2025-01-02").insights().comebacks();

        assertThat(one.trend()).isNull();
        assertThat(one.firstHalfMedianDays()).isNull();
        assertThat(none.notYet()).isEqualTo(1);
        assertThat(none.trend()).isNull();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Comebacks.median(List.of(9, 1, 4, 2))).isEqualTo(3.0);
        assertThat(Comebacks.median(List.of(9, 1, 4))).isEqualTo(4.0);
    }
}
