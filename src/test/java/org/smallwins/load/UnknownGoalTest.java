package org.smallwins.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UnknownGoalTest {
    @Test
    void tenKnownGoalsAreAllNamed() {
        Set<String> ten = Set.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");

        assertThat(UnknownGoal.known(ten)).isEqualTo("a, b, c, d, e, f, g, h, i, j");
        assertThat(UnknownGoal.known(Set.of())).isEqualTo("none yet");
    }

    @Test
    void elevenNameTheFirstTenAndOneMore() {
        Set<String> eleven = Set.of("k", "j", "i", "h", "g", "f", "e", "d", "c", "b", "a");

        assertThat(UnknownGoal.known(eleven)).isEqualTo("a, b, c, d, e, f, g, h, i, j and 1 more");
    }

    @Test
    void theMessageStartsAsCheckLooksForIt() {
        assertThat(UnknownGoal.message("raed", Set.of("read", "run"))).startsWith(JournalLoader.UNKNOWN_GOAL)
                .isEqualTo("no goal has the id 'raed' (did you mean 'read'?). Known goals: read, run. Fix the id,"
                        + " or add the goal with: smallwins new goal \"...\"");
    }
}
