package org.smallwins.serve;

import java.util.function.Consumer;

/**
 * Where the preview server says what it does, line by line, each with how much it matters: the
 * command line prints every line, the Maven goal logs each at its level (so a journal's problems
 * show as Maven's errors and warnings, and stay shown with {@code -q}).
 */
@FunctionalInterface
public interface ServeLog {
    /** How much a line matters. */
    enum Level { INFO, WARNING, ERROR }

    void line(Level level, String text);

    /** Every line to {@code lines}, whatever its level. */
    static ServeLog ofLines(Consumer<String> lines) {
        return (level, text) -> lines.accept(text);
    }
}
