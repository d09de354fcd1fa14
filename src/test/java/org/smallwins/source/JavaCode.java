package org.smallwins.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The code of a Java source file with its comments and its string, character and text-block
 * literals blanked out, line by line, so that a check for names in code sees neither prose nor data.
 * Line-based and simple on purpose: it knows only what Java's lexer needs to tell code from the rest.
 */
final class JavaCode {
    private enum State { CODE, BLOCK_COMMENT, TEXT_BLOCK }

    private JavaCode() {
    }

    /** One entry per line of {@code lines}, each the same line with everything but code replaced by spaces. */
    static List<String> of(List<String> lines) {
        List<String> code = new ArrayList<>(lines.size());
        State state = State.CODE;
        for (String line : lines) {
            StringBuilder kept = new StringBuilder(line.length());
            int i = 0;
            while (i < line.length()) {
                switch (state) {
                    case BLOCK_COMMENT -> {
                        int end = line.indexOf("*/", i);
                        i = end < 0 ? line.length() : end + 2;
                        if (end >= 0) {
                            state = State.CODE;
                        }
                    }
                    case TEXT_BLOCK -> {
                        int end = textBlockEnd(line, i);
                        i = end < 0 ? line.length() : end + 3;
                        if (end >= 0) {
                            state = State.CODE;
                        }
                    }
                    case CODE -> {
                        if (line.startsWith("//", i)) {
                            i = line.length();
                        } else if (line.startsWith("/*", i)) {
                            state = State.BLOCK_COMMENT;
                            i += 2;
                        } else if (line.startsWith("\"\"\"", i)) {
                            state = State.TEXT_BLOCK;
                            i += 3;
                        } else if (line.charAt(i) == '"' || line.charAt(i) == '\'') {
                            i = literalEnd(line, i);
                        } else {
                            kept.append(line.charAt(i));
                            i++;
                        }
                    }
                }
                kept.append(" ".repeat(Math.max(0, i - kept.length())));
            }
            code.add(kept.toString());
        }
        return code;
    }

    /** Where the text block's closing quotes start, or -1 if it goes on past this line. */
    private static int textBlockEnd(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.startsWith("\"\"\"", i)) {
                return i;
            }
        }
        return -1;
    }

    /** Just past the string or character literal opening at {@code start}; a literal cannot span lines. */
    private static int literalEnd(String line, int start) {
        char quote = line.charAt(start);
        for (int i = start + 1; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == quote) {
                return i + 1;
            }
        }
        return line.length();
    }
}
