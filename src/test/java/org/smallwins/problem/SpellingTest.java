package org.smallwins.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void countsLettersAddedRemovedOrChanged() {
        assertThat(Spelling.distance("tags", "tags")).isZero();
        assertThat(Spelling.distance("tag", "tags")).isEqualTo(1);
        assertThat(Spelling.distance("mood", "mod")).isEqualTo(1);
        assertThat(Spelling.distance("size", "site")).isEqualTo(1);
        assertThat(Spelling.distance("", "goal")).isEqualTo(4);
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void twoNeighboursSwappedAreOneSlip() {
        assertThat(Spelling.distance("tgas", "tags")).isEqualTo(1);
        assertThat(Spelling.distance("daet", "date")).isEqualTo(1);
        assertThat(Spelling.distance("biuld", "build")).isEqualTo(1);
        // Each letter is swapped at most once: this is not one swap.
        assertThat(Spelling.distance("ab", "ba")).isEqualTo(1);
        assertThat(Spelling.distance("abc", "ca")).isEqualTo(3);
    }
}
