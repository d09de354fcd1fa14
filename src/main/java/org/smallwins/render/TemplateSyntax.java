package org.smallwins.render;

import freemarker.core.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smallwins.problem.Problem;

/**
 * A template FreeMarker cannot parse, said in a line or two at the place to look. FreeMarker's
 * message goes on with the dozens of tokens its parser would have taken, and for a directive left
 * open it names the line where it gave up (often the file's last), not where the directive began:
 * that line is looked for in the template's text.
 */
final class TemplateSyntax {
    private TemplateSyntax() {
    }

    private static final String CANNOT = "the template cannot be read: ";

    /** A token that closes nothing open, met while a directive or bracket it does not close is open. */
    private static final Pattern STILL_OPEN = Pattern.compile("Encountered \"(.*?)\",(?: which can only be used where"
            + " [^,]* could be closed,)? but at this place only (?:this|these) can be closed: (\"[^\"]*\"(?:, \"[^\"]*\")*)\\..*",
            Pattern.DOTALL);
    private static final Pattern END_OF_FILE = Pattern.compile(
            "Unexpected end of file reached\\.(?: You have an unclosed (.*?)\\. Check if.*)?", Pattern.DOTALL);
    /** A call's end-tag naming another macro: FreeMarker names the one it wanted, when the call has a plain name. */
    private static final Pattern WRONG_END = Pattern.compile("Expecting </@>(?: or </@(.*)>)?");
    /** A user-defined directive's end-tag, in either syntax. */
    private static final Pattern CALL_END = Pattern.compile("[<\\[]/@[\\w.:]*\\s*[>\\]]");
    private static final Pattern UNEXPECTED = Pattern.compile("Encountered \"(.*?)\", but was expecting.*", Pattern.DOTALL);
    private static final Pattern LEXICAL = Pattern.compile(
            "Lexical error: encountered (?:<EOF> |\"(.*?)\" \\(\\d+\\), )after \"(.*)\"\\.", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /**
     * Comments and noparse blocks (whose tags are text), and the start of each directive's or
     * user-defined directive's tag or end-tag: "/" if an end-tag, "#" or "@", and the name.
     */
    private static final Pattern TAGS = Pattern.compile(
            "<#--.*?-->|<#noparse\\b.*?</#noparse\\s*>|<(/?)([#@])([\\w.:]*)", Pattern.DOTALL);
    /** The same in square-bracket syntax. */
    private static final Pattern SQUARE_TAGS = Pattern.compile(
            "\\[#--.*?--]|\\[#noparse\\b.*?\\[/#noparse\\s*]|\\[(/?)([#@])([\\w.:]*)", Pattern.DOTALL);
    /**
     * A template beginning with [#ftl] has its tags in square brackets ([#if x]...[/#if]) whatever
     * the configuration's tag syntax (in Theme.configure, angle brackets): then <#if> is text.
     */
    private static final Pattern SQUARE_SYNTAX = Pattern.compile("\\s*\\[#ftl\\b");
    /** A tag or end-tag in a message, to be said in square brackets to whom writes them so. */
    private static final Pattern ANGLE_TAG = Pattern.compile("<(/?[#@](?:\\w[\\w.:]*)?)>");
    /** The name a tag begun at some offset is written with (after its "<#" or "<@"). */
    private static final Pattern NAME = Pattern.compile("[\\w.:]*");

    /** The problem for {@code e}, thrown parsing one of {@code theme}'s templates. */
    static Problem problem(Theme theme, ParseException e) {
        String name = e.getTemplateName();
        return problem(theme.describe(name), e, name == null ? null : theme.source(name));
    }

    /**
     * The problem for {@code e}, thrown parsing the template shown as {@code file}; {@code source}
     * is its text, or null when it could not be read.
     */
    static Problem problem(String file, ParseException e, String source) {
        int line = e.getLineNumber();
        int column = e.getColumnNumber();
        String message = e.getEditorMessage() == null ? firstLine(e.getMessage()) : e.getEditorMessage().strip();
        int stop = source == null ? -1 : offset(source, line, column);
        Matcher m;
        if ((m = STILL_OPEN.matcher(message)).matches()) {
            List<String> open = new ArrayList<>();
            for (Matcher quoted = QUOTED.matcher(m.group(2)); quoted.find(); ) {
                open.add(quoted.group(1));
            }
            String token = tag(angle(unquote(m.group(1))));
            if (stop >= 0 && isStray(token, source, stop)) {
                return at(file, line, column, written(stray(token)
                        + (token.startsWith("</") ? openInstead(open, source, stop) : ""), source));
            }
            return stillOpen(file, line, column, open, token, source, stop);
        }
        if ((m = END_OF_FILE.matcher(message)).matches()) {
            List<String> open = m.group(1) == null ? List.of() : List.of(m.group(1).replace("\"", "").split(" and "));
            return stillOpen(file, line, column, open, null, source, source == null ? -1 : source.length());
        }
        if ((m = WRONG_END.matcher(message)).matches()) {
            return wrongEnd(file, line, column, m.group(1), source, stop);
        }
        if ((m = UNEXPECTED.matcher(message)).matches()) {
            String token = tag(angle(unquote(m.group(1))));
            if (token.startsWith("</") || token.equals("<#else>") || token.equals("<#elseif>")) {
                return at(file, line, column, written(stray(token), source));
            }
            if (token.equals("}")) {
                return at(file, line, column, "\"}\" ends an unfinished expression: something is missing before it,"
                        + " as in ${a +} or ${}.");
            }
            int interpolation = stop < 0 ? -1 : unclosedInterpolation(source, stop);
            if (interpolation >= 0) {
                int[] where = position(source, interpolation);
                return at(file, where[0], where[1], "the " + source.substring(interpolation, interpolation + 2)
                        + " here has no closing }: FreeMarker read on to \"" + token + "\" on line " + line
                        + ", where it does not belong. Add the } where the expression ends.");
            }
            return at(file, line, column, "Encountered \"" + written(token, source) + "\" where it does not belong."
                    + " Look just before it for something left open: a ${ without its }, a <#...> without its >,"
                    + " or a quote without its pair.");
        }
        if ((m = LEXICAL.matcher(message)).matches()) {
            return lexical(file, line, column, m.group(1), m.group(2), source);
        }
        return at(file, line, column, firstLine(message));
    }

    private static Problem at(String file, int line, int column, String message) {
        Problem problem = Problem.error(file, line, null, CANNOT + message);
        return line > 0 && column > 0 ? problem.atColumn(column) : problem;
    }

    /**
     * Directives (or brackets) still open where FreeMarker met {@code token} (null: the end of the
     * file). With one directive open, the problem is where its tag began, when that is found.
     */
    private static Problem stillOpen(String file, int line, int column, List<String> open, String token,
                                     String source, int stop) {
        String reached = token == null ? "the end of the file" : shown(token) + " on line " + line;
        if (open.size() == 1 && stop >= 0) {
            List<String> names = directiveNames(open.get(0));
            int opening = names.isEmpty() ? -1 : openedAt(source, names, stop);
            if (opening >= 0) {
                int[] where = position(source, opening);
                return at(file, where[0], where[1], written(tag(source, opening, "") + " is not closed: FreeMarker"
                        + " reached " + reached + " with it still open. Add its " + tag(source, opening, "/")
                        + " where it should end.", source));
            }
        }
        if (open.isEmpty()) {
            return at(file, line, column, "the file ends before something left open is closed: look for a ${ without"
                    + " its }, a <#...> or <@...> without its >, or a quote without its pair.");
        }
        List<String> shown = open.stream().map(TemplateSyntax::openTag).toList();
        List<String> ends = open.stream().map(TemplateSyntax::endTag).toList();
        String what = String.join(" and ", shown) + (open.size() == 1 ? " is" : " are");
        return at(file, line, column, written((token == null ? "the file ends" : "FreeMarker reached "
                + shown(token)) + " while " + what + " still open: add the missing " + String.join(" and ", ends)
                + (token == null ? "" : " before it") + (ends.get(0).startsWith("</") ? ", or mend a misspelt one."
                : "."), source));
    }

    /**
     * A call ended by an end-tag with another name ({@code <@card>...</@cards>}). FreeMarker reports
     * the end-tag; the problem is put at the call, as its name is what the end-tag must repeat.
     */
    private static Problem wrongEnd(String file, int line, int column, String name, String source, int stop) {
        String expected = name == null ? "</@>" : "</@" + name + "> (or </@>)";
        int opening = stop < 0 ? -1 : openedAt(source, List.of("@"), stop);
        if (opening < 0) {
            return at(file, line, column, written("this end-tag names another macro than the call it closes: end the"
                    + " call with " + expected + ".", source));
        }
        Matcher end = CALL_END.matcher(source).region(stop, source.length());
        String endTag = end.lookingAt() ? angle(end.group()).replaceAll("\\s+>$", ">") : "an end-tag";
        int[] where = position(source, opening);
        String call = name == null ? "call" : "<@" + name + "> call";
        return at(file, where[0], where[1], written("the " + call + " on line " + where[0] + " is closed by " + endTag
                + " on line " + line + ", which names another macro. End the call with " + expected
                + ", or mend the name that is misspelt.", source));
    }

    /**
     * Whether {@code token}, an end-tag or {@code <#else>}, has nothing of its kind open before it,
     * so it is the mistake rather than what is open.
     */
    private static boolean isStray(String token, String source, int stop) {
        Matcher end = Pattern.compile("</#(\\w+)\\s*>").matcher(token);
        // Any call's end-tag closes the innermost call, whatever its name (as openedAt counts them).
        Set<String> kinds = end.matches() ? Set.of(end.group(1)) : token.startsWith("</@") ? Set.of("@")
                : token.equals("<#else>") ? Set.of("if", "list")
                : token.equals("<#elseif>") ? Set.of("if") : Set.of();
        return !kinds.isEmpty() && openedAt(source, List.copyOf(kinds), stop) < 0;
    }

    /**
     * For an end-tag met where something else is open, that one and where it began, as it may be
     * what the end-tag was meant to close.
     */
    private static String openInstead(List<String> open, String source, int stop) {
        List<String> names = open.size() == 1 ? directiveNames(open.get(0)) : List.of();
        int opening = names.isEmpty() ? -1 : openedAt(source, names, stop);
        if (opening < 0) {
            return "";
        }
        return " (What is open here is the " + tag(source, opening, "") + " of line " + position(source, opening)[0]
                + ", closed by " + tag(source, opening, "/") + ".)";
    }

    /** Whether {@code source}'s tags are in square brackets. */
    private static boolean square(String source) {
        return source != null && SQUARE_SYNTAX.matcher(source).lookingAt();
    }

    /** A tag FreeMarker met in square brackets ("[/#if]"), told in angle brackets like the rest. */
    private static String angle(String token) {
        String t = token.strip();
        return t.matches("\\[/?[#@].*") ? "<" + t.substring(1).replaceFirst("]$", "") + ">" : token;
    }

    /** {@code message}, its tags in square brackets if {@code source} writes them so. */
    private static String written(String message, String source) {
        return square(source) ? ANGLE_TAG.matcher(message).replaceAll("[$1]") : message;
    }

    /** The tag begun at {@code opening}, in angle brackets, without its parameters, and {@code slash} after "<". */
    private static String tag(String source, int opening, String slash) {
        Matcher name = NAME.matcher(source).region(opening + 2, source.length());
        return "<" + slash + source.charAt(opening + 1) + (name.lookingAt() ? name.group() : "") + ">";
    }

    /** A token FreeMarker met, as a tag is written: its "<#elseif " with the tag's end. */
    private static String tag(String token) {
        String tag = token.strip().replaceAll("\\s+>$", ">");
        return tag.startsWith("<") && !tag.endsWith(">") ? tag + ">" : tag;
    }

    /** What to say of an end-tag or {@code <#else>} that closes or continues nothing open. */
    private static String stray(String token) {
        if (token.equals("<#else>")) {
            return "<#else> belongs inside an <#if> or <#list>, and none is open here. Remove it, or add the <#if> it"
                    + " belongs to.";
        }
        if (token.equals("<#elseif>")) {
            return "<#elseif> belongs inside an <#if>, and none is open here. Remove it, or add the <#if> it belongs to.";
        }
        if (token.equals("</@>")) {
            return "</@> is stray: no macro call is open here for it to close. Remove it, or add the call it should"
                    + " end before it.";
        }
        String opener = "<" + token.substring(2, token.length() - 1).strip() + ">";
        if (token.startsWith("</@")) {
            return token + " is stray: no " + opener + " call is open here for it to close. Remove it, or add the"
                    + " missing " + opener + " before it.";
        }
        return token + " has nothing to close: no " + opener + " is open here. Remove it, or add the missing " + opener
                + " before it.";
    }

    /**
     * The names of the directives {@code open} ("#if", "#macro or #function") stands for that are
     * found by their tags; "@" for any user-defined directive ("@..."), as </@> closes any.
     */
    private static List<String> directiveNames(String open) {
        if (open.equals("@...")) {
            return List.of("@");
        }
        // #sep may end without an end-tag.
        if (!open.startsWith("#") || open.equals("#sep")) {
            return List.of();
        }
        return List.of(open.replace("#", "").split(" or "));
    }

    /** A tag as it is written; anything else ("}") in quotes. */
    private static String shown(String token) {
        return token.startsWith("<") ? token : "\"" + token + "\"";
    }

    private static String openTag(String open) {
        return open.startsWith("#") ? String.join(" or ", List.of(open.split(" or ")).stream().map(d -> "<" + d + ">")
                .toList()) : open.equals("@...") ? "<@...>" : "\"" + open + "\"";
    }

    private static String endTag(String open) {
        return switch (open) {
            case "@..." -> "</@...>";
            case "(" -> "\")\"";
            case "[" -> "\"]\"";
            case "{" -> "\"}\"";
            default -> String.join(" or ", List.of(open.split(" or ")).stream().map(d -> "</" + d + ">").toList());
        };
    }

    /**
     * Where the innermost tag of the directives {@code names} that is still open at {@code stop}
     * begins, or -1. Tags in comments are text; tags in string literals are not told apart, as rare.
     */
    private static int openedAt(String source, List<String> names, int stop) {
        List<Integer> open = new ArrayList<>();
        Matcher tag = (square(source) ? SQUARE_TAGS : TAGS).matcher(source)
                .region(0, Math.min(stop, source.length()));
        while (tag.find()) {
            if (tag.group(2) == null || !names.contains(tag.group(2).equals("@") ? "@" : tag.group(3))) {
                continue;
            }
            if (!tag.group(1).isEmpty()) {
                if (!open.isEmpty()) {
                    open.remove(open.size() - 1);
                }
            } else if (hasBody(source, tag.start(), tag.group(3))) {
                open.add(tag.start());
            }
        }
        return open.isEmpty() ? -1 : open.get(open.size() - 1);
    }

    /**
     * Whether the tag {@code <#name ...>} or {@code <@name ...>} begun at {@code start} is one
     * that wants an end-tag: not a call ended by its own "/>", nor an #assign (#global, #local)
     * that sets a value (x = 1, x++) rather than capturing what follows up to its end-tag.
     */
    private static boolean hasBody(String source, int start, String name) {
        int end = tagEnd(source, start);
        String inside = source.substring(start, end < 0 ? source.length() : end);
        if (inside.endsWith("/")) {
            return false;
        }
        return !Set.of("assign", "global", "local").contains(name) || source.charAt(start + 1) != '#'
                || !inside.contains("=") && !inside.contains("++") && !inside.contains("--");
    }

    /**
     * The offset of the > (or ]) that ends the tag begun at {@code start}, or -1: a > in a string
     * ("a > b") or in brackets ((a > b)) is part of an expression, as FreeMarker reads it.
     */
    private static int tagEnd(String source, int start) {
        char end = source.charAt(start) == '[' ? ']' : '>';
        int depth = 0;
        char quote = 0;
        for (int i = start + 2; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (depth > 0 && (c == ')' || c == ']' || c == '}')) {
                depth--;
            } else if (depth == 0 && c == end) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last ${ (or #{) before {@code stop}, on an earlier line, when it is never closed: no }
     * follows it, or the first one does only after another ${ began (they do not nest). FreeMarker
     * then read on past its line, taking the markup after it for an expression. Otherwise -1: a
     * long expression may also just have a mistake in it.
     */
    private static int unclosedInterpolation(String source, int stop) {
        int start = Math.max(source.lastIndexOf("${", stop - 1), source.lastIndexOf("#{", stop - 1));
        if (start < 0 || position(source, start)[0] >= position(source, stop)[0]) {
            return -1;
        }
        int close = source.indexOf('}', start);
        int dollar = source.indexOf("${", start + 2);
        int hash = source.indexOf("#{", start + 2);
        int next = dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
        return close < 0 || close > stop && next >= 0 && next < close ? start : -1;
    }

    /** A character the lexer has no token for, or (at the end of the file) a quote left open. */
    private static Problem lexical(String file, int line, int column, String character, String after, String source) {
        String text = unescape(after);
        if (character != null) {
            return at(file, line, column, "\"" + unquote(character) + "\" cannot be used here"
                    + (text.isEmpty() ? "" : " after \"" + preview(text) + "\"") + ".");
        }
        boolean quote = text.startsWith("\"") || text.startsWith("'");
        int start = source == null || !source.endsWith(text) ? -1 : source.length() - text.length();
        if (start >= 0 && quote) {
            int[] where = position(source, start);
            return at(file, where[0], where[1], "this quote is never closed: the file ends before its pair. Add the"
                    + " closing " + text.charAt(0) + " where the text should end.");
        }
        return at(file, line, column, "the file ends inside something left open, from \"" + preview(text) + "\": "
                + (quote ? "a quote without its pair." : "look for a quote without its pair."));
    }

    /** The start of {@code text}, on one line and short. */
    private static String preview(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.length() > 20 ? first.substring(0, 20) + "…" : first;
    }

    /** FreeMarker's quoting ({@code \"}, {@code \\}, {@code \n}, {@code \u00e9}) undone. */
    private static String unescape(String quoted) {
        StringBuilder out = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c != '\\' || i + 1 == quoted.length()) {
                out.append(c);
                continue;
            }
            char next = quoted.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < quoted.length()) {
                        out.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /** A token as FreeMarker quotes it in its messages, unquoted. */
    private static String unquote(String token) {
        return token.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }

    /**
     * The offset in {@code source} of a 1-based line and column as FreeMarker counts them (a tab
     * one column, as the theme's configuration asks; \r\n, \r and \n each one line break).
     */
    static int offset(String source, int line, int column) {
        int at = 0;
        for (int l = 1; l < line && at < source.length(); l++) {
            int lf = source.indexOf('\n', at);
            int cr = source.indexOf('\r', at);
            if (lf < 0 && cr < 0) {
                return source.length();
            }
            int end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
            at = end + (source.startsWith("\r\n", end) ? 2 : 1);
        }
        return Math.min(source.length(), at + Math.max(column - 1, 0));
    }

    /** The 1-based line and column of {@code offset} in {@code source}, counted as {@link #offset} does. */
    static int[] position(String source, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' && !source.startsWith("\r\n", i)) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
