package org.smallwins.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void readsPathLineFieldMessage() {
        assertThat(Problem.error("a.md", 3, "mood", "is high").toString()).isEqualTo("a.md:3: mood: is high");
        assertThat(Problem.warning("a.md", 0, null, "odd").toString()).isEqualTo("a.md: warning: odd");
    }

    @Test
    void controlCharactersArePrintedEscapedNeverRaw() {
        Problem problem = Problem.warning("static/a\nb.png", 4, null, "there is no /x\0y.png or \u001B[2Jz\u0085.");

        assertThat(problem.toString())
                .isEqualTo("static/a\\u000Ab.png:4: warning: there is no /x\\u0000y.png or \\u001B[2Jz\\u0085.");
        // What the problem holds stays as it was: only what is printed changes.
        assertThat(problem.message()).contains("\0");
        assertThat(Problem.printable("caf\u00e9 \u2600 \t")).isEqualTo("caf\u00e9 \u2600 \\u0009");
    }
}
