package org.smallwins.problem;

import java.util.List;

/**
 * Thrown when a journal cannot be built: carries every problem found, not just the first, so a
 * writer can fix them all in one pass.
 */
public final class JournalException extends RuntimeException {
    private final transient List<Problem> problems;
    private final boolean wroteSome;

    /** A failure with nothing written, for every one of {@code problems}; its message lists them, a line each. */
    public JournalException(List<Problem> problems) {
        this(problems, false);
    }

    /** A failure with nothing written, for one problem. */
    public JournalException(Problem problem) {
        this(List.of(problem));
    }

    private JournalException(List<Problem> problems, boolean wroteSome) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
        this.wroteSome = wroteSome;
    }

    /**
     * A failure after part of the site was written (an update in place that stopped half-way), for
     * which "nothing was written" would not be true.
     */
    public static JournalException partlyWritten(Problem problem) {
        return new JournalException(List.of(problem), true);
    }

    /** Every problem found: the errors, and warnings found beside them; a build's sorted by file and line. */
    public List<Problem> problems() {
        return problems;
    }

    /** Whether some of the site's files were written before the failure (see {@link #partlyWritten}). */
    public boolean wroteSome() {
        return wroteSome;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        for (Problem problem : problems) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(problem);
        }
        return out.toString();
    }
}
