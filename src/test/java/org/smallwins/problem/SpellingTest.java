package org.smallwins.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void theClosestKnownWordIsOneSlipOffOrTwoForLongWords() {
        List<String> types = List.of("win", "reflection", "setback", "goal");

        assertThat(Spelling.closest("wim", types)).contains("win");
        assertThat(Spelling.closest("Goal", types)).contains("goal");
        assertThat(Spelling.closest("setbakc", types)).contains("setback");
        assertThat(Spelling.closest("reflcetoin", types)).contains("reflection");
        // Two slips are too many for a word of fewer than six letters.
        assertThat(Spelling.closest("wixx", types)).isEmpty();
        assertThat(Spelling.closest("victory", types)).isEmpty();
    }

    @Test
    void ofEquallyCloseWordsTheFirstAlphabeticallyIsMeantWhateverTheOrderGiven() {
        assertThat(Spelling.closest("mat", List.of("rat", "cat"))).contains("cat");
        assertThat(Spelling.closest("mat", List.of("cat", "rat"))).contains("cat");
        assertThat(Spelling.closest("walk-dayly", List.of("walk-daily", "walk-dail"))).contains("walk-daily");
    }

    @Test
    void didYouMeanNamesTheClosestWordOrSaysNothing() {
        assertThat(Spelling.didYouMean("smal", List.of("tiny", "small", "big"))).isEqualTo(" (did you mean 'small'?)");
        assertThat(Spelling.didYouMean("huge", List.of("tiny", "small", "big"))).isEmpty();
    }
}
