package org.smallwins.problem;

import java.util.List;

/**
 * Thrown when a journal cannot be built: carries every problem found, not just the first, so a
 * writer can fix them all in one pass.
 */
public final class JournalException extends RuntimeException {
    private final transient List<Problem> problems;

    public JournalException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public JournalException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
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
