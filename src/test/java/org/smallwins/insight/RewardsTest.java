package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class RewardsTest {

    @Test
    void everyRewardNewestFirstWithItsEntry() {
        Rewards r = TestJournal.today("2025-02-01")
                .win("2025-01-01", e -> e.reward("tea").title("Walk"))
                .reflection("2025-01-03", e -> e.reward(" a walk "))
                .win("2025-01-04")
                .win("2025-01-05", e -> e.reward("a bath").title("Called mum"))
                .prettyLinks()
                .insights().rewards();

        assertThat(r.items()).extracting(Rewards.Reward::text, i -> i.entry().date().toString()).containsExactly(
                tuple("a bath", "2025-01-05"), tuple("a walk", "2025-01-03"), tuple("tea", "2025-01-01"));
        assertThat(r.items().get(0).entry().title()).isEqualTo("Called mum");
        assertThat(r.items().get(0).entry().url()).startsWith("2025/01/05/").endsWith("/");
    }
}
