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

    @Test
    void charactersThatTurnTheTextAroundAreEscapedToo() {
        // "invoice", U+202E, "gpj.exe" shows on a terminal as "invoiceexe.jpg": the escape shows the real name.
        String rightToLeft = "static/invoice" + (char) 0x202E + "gpj.exe";
        assertThat(Problem.warning(rightToLeft, 0, null, "odd" + (char) 0x2066 + "x" + (char) 0x2069).toString())
                .isEqualTo("static/invoice\\u202Egpj.exe: warning: odd\\u2066x\\u2069");
        // Right-to-left letters themselves are text, printed as they are.
        String hebrew = "" + (char) 0x05E9 + (char) 0x05DC + (char) 0x05D5 + (char) 0x05DD;
        assertThat(Problem.printable(hebrew)).isEqualTo(hebrew);
    }
}
