package org.smallwins.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemListTest {
    @Test
    void sortsByFileLineFieldAndMessageAndKeepsOneOfEqualProblems() {
        ProblemList problems = new ProblemList();
        Problem late = Problem.error("b.md", 3, "title", "is empty");
        Problem early = Problem.warning("a.md", 9, null, "odd");
        Problem first = Problem.error("a.md", 2, "date", "is not a date");
        problems.add(late);
        problems.add(early);
        problems.addAll(List.of(first, late, Problem.error("b.md", 3, "title", "is empty")));

        assertThat(problems.sorted()).containsExactly(first, early, late);
        assertThat(problems.hasErrors()).isTrue();
    }

    @Test
    void anEmptyListHasNoErrorsAndSortsToNothing() {
        ProblemList problems = new ProblemList();
        assertThat(problems.sorted()).isEmpty();
        assertThat(problems.hasErrors()).isFalse();
        problems.add(Problem.warning("a.md", 1, "mood", "is high"));
        assertThat(problems.hasErrors()).isFalse();
        assertThat(Problem.anyError(problems.sorted())).isFalse();
    }
}
