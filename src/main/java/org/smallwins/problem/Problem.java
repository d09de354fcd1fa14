package org.smallwins.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong (or worth a look) in a journal, pinned to a file and, where known, a line and a
 * front matter field. Line 0 means "the whole file"; column 0 (most problems) "somewhere on the line".
 *
 * @param severity whether it stops a build
 * @param path     the file, relative to the journal folder ("content/wins/2025-01-06-walk.md"), or
 *                 what else the problem is about (a folder given, a setting's source)
 * @param line     1-based line in that file, 0 for the whole file
 * @param column   1-based column in that line, 0 when not known
 * @param field    the front matter field or setting, null when none
 * @param message  what is wrong and what to do, written for the person keeping the journal
 */
public record Problem(Severity severity, String path, int line, int column, String field, String message) {

    /** A problem with no column. */
    public Problem(Severity severity, String path, int line, String field, String message) {
        this(severity, path, line, 0, field, message);
    }

    /** Errors stop a build; warnings are printed and the build goes on. */
    public enum Severity {
        /** Stops the build before the output folder is touched: the previous site stays as it was. */
        ERROR,
        /** Said, and the site is built all the same: something worth a look, never a failure. */
        WARNING
    }

    /** Sorted by file, then line, so the report reads like the journal. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(p -> p.field() == null ? "" : p.field())
            .thenComparing(Problem::message);

    /** A problem that stops the build. */
    public static Problem error(String path, int line, String field, String message) {
        return new Problem(Severity.ERROR, path, line, field, message);
    }

    /** A problem worth a look that lets the build go on. */
    public static Problem warning(String path, int line, String field, String message) {
        return new Problem(Severity.WARNING, path, line, field, message);
    }

    /**
     * This problem at a column (1-based) of its line too: a template's mistake can be one character
     * in a long line of markup.
     */
    public Problem atColumn(int column) {
        return new Problem(severity, path, line, column, field, message);
    }

    /** Whether it stops a build ({@link Severity#ERROR}). */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether any of {@code problems} is an error. */
    public static boolean anyError(List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.isError()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code path:line:column: field: message}, the shape editors and terminals turn into links.
     * Control characters are shown escaped (see {@link #printable}).
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (severity == Severity.WARNING) {
            out.append("warning: ");
        }
        if (field != null && !field.isEmpty()) {
            out.append(field).append(": ");
        }
        return printable(out.append(message).toString());
    }

    /**
     * {@code text} with each control character written as {@code \\u0000}. A path or link can hold
     * one (a NUL from {@code %00}, an escape from {@code %1B}); printed raw, it would cut a line,
     * or be taken by the terminal as a command.
     */
    public static String printable(String text) {
        int i = 0;
        while (i < text.length() && !unprintable(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unprintable(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A control character, or one that turns the direction of the text around it (U+202E and its
     * kin): printed raw in a file name, it would show another name than the file has.
     */
    private static boolean unprintable(char c) {
        return Character.isISOControl(c) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
