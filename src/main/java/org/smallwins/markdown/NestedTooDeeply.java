package org.smallwins.markdown;

import org.smallwins.problem.Problem;

/**
 * A body whose quotes, lists or emphasis nest deeper than {@link #MAX_DEPTH} levels: every walk
 * over a Markdown tree (ours and Flexmark's) recurses once a level, so such a body would end the
 * build with a stack overflow. No one writes a hundred quotes inside each other; it is a typo or
 * pasted noise, reported on the line where the limit is passed. Also a body whose parse ran out of
 * stack (a line of thousands of '*'), where the line is not known.
 */
public final class NestedTooDeeply extends RuntimeException {
    public static final int MAX_DEPTH = 100;
    static final int UNKNOWN_LINE = -1;

    private final int line;

    NestedTooDeeply(int line) {
        super("nested too deeply", null, false, false);
        this.line = line;
    }

    /** The line in the body (0 is its first) where the limit is passed; {@code -1} when not known. */
    public int line() {
        return line;
    }

    /** The error for the file {@code source} whose body starts on file line {@code bodyLine}. */
    public Problem problem(String source, int bodyLine) {
        if (line == UNKNOWN_LINE) {
            return Problem.error(source, bodyLine, null, "the Markdown reader ran out of room in this text: a"
                    + " line of thousands of the same mark ('*', '-', '_', '>')? Shorten or break up that line.");
        }
        return Problem.error(source, bodyLine + line, null, "the text is nested more than "
                + MAX_DEPTH + " levels deep (quotes in quotes, lists in lists or emphasis in emphasis). Remove"
                + " the extra '>', indentation or '*' marks.");
    }
}
