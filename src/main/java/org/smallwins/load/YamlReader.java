package org.smallwins.load;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML safely. SnakeYAML only composes a node tree (no object construction at all, so no
 * type tags can instantiate classes) under limits on size, nesting and aliases; this class then
 * turns the nodes into plain values, keeping the line of each top-level key. Dates and times stay
 * strings: the loader parses them itself, to give clear messages. Plain front matter (most
 * entries') is read by {@link PlainYaml} without SnakeYAML, to the same values.
 */
public final class YamlReader {
    private static final int MAX_CODE_POINTS = 1_000_000;
    private static final int MAX_ALIASES = 50;
    private static final int MAX_NESTING = 30;
    /** Aliases can multiply a small text into millions of values; nothing a person writes needs more. */
    private static final int MAX_VALUES = 10_000;

    /** Thrown for YAML that cannot be read; line is a file line (1-based). */
    public static final class YamlError extends Exception {
        private final int line;
        private final String field;

        YamlError(int line, String field, String message) {
            super(message);
            this.line = line;
            this.field = field;
        }

        /** The file line (1-based) the problem is on. */
        public int line() {
            return line;
        }

        /** The key the problem is at, when one can be told (one written on that line, say); else null. */
        public String field() {
            return field;
        }
    }

    /**
     * Building a SnakeYAML loader costs more than composing a small front matter, so each thread
     * keeps one (a Yaml object is not thread-safe; compose() starts afresh on every call).
     */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(YamlReader::newYaml);

    private YamlReader() {
    }

    /**
     * Reads a mapping. {@code firstLine} is the file line the YAML text starts on, so the lines
     * reported are the file's.
     */
    public static YamlMap readMapping(String text, int firstLine) throws YamlError {
        // Said before any parsing: SnakeYAML counts toward its own limit only as it reads, and a
        // single long line took it minutes and a gigabyte to reach it.
        if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            throw new YamlError(firstLine, null, "the YAML is longer than " + String.format(Locale.ROOT,
                    "%,d", MAX_CODE_POINTS) + " characters. Keep long text in the entry's body, below the"
                    + " closing '---'.");
        }
        YamlMap plain = PlainYaml.read(text, firstLine, MAX_VALUES, MAX_CODE_POINTS);
        return plain != null ? plain : compose(text, firstLine);
    }

    /** {@link #readMapping} through SnakeYAML, whatever the text. */
    static YamlMap compose(String text, int firstLine) throws YamlError {
        Node root;
        try {
            root = YAML.get().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? firstLine + e.getProblemMark().getLine() : firstLine;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() == null ? "" : e.getContext();
            if (e.getContextMark() != null && (context.contains("flow sequence") || context.contains("flow mapping"))) {
                // "tags: [a, b" is found wrong only at the next line; the list to close is where it opened.
                int opened = e.getContextMark().getLine();
                boolean list = context.contains("sequence");
                // The reader's own words ("expected ',' or ']', but got <stream end>") say nothing more.
                throw new YamlError(firstLine + opened, keyOnLine(text, opened), "the YAML cannot be read"
                        + " in the " + (list ? "list opened with '['" : "'{' opened")
                        + " on this line. Close it with '" + (list ? "]" : "}") + "', and put quotes around"
                        + " values that contain ':' or '#'.");
            }
            if (e.getContextMark() != null && context.contains("quoted scalar")) {
                // 'title: "Walked' runs on, quoted, to the end of the front matter; the quote to close
                // is where it opened, not at the closing '---' where the reader gave up.
                int opened = e.getContextMark().getLine();
                String quote = e.getContextMark().getColumn() < lineAt(text, opened).length()
                        ? String.valueOf(lineAt(text, opened).charAt(e.getContextMark().getColumn())) : "\"";
                throw new YamlError(firstLine + opened, keyOnLine(text, opened), "the quote (" + quote
                        + ") opened on this line is never closed. Add the closing " + quote + " at the end of the"
                        + " value, or leave the quotes out.");
            }
            if (problem.contains("\\t(TAB)") && e.getProblemMark() != null) {
                throw tab(text, e.getProblemMark().getLine(), e.getProblemMark().getColumn(), line);
            }
            if (e.getProblemMark() != null) {
                YamlError reserved = reservedStart(text, e.getProblemMark().getLine(), line);
                if (reserved != null) {
                    throw reserved;
                }
            }
            if (e.getProblemMark() != null) {
                YamlError said = inPlainWords(text, problem, e.getProblemMark().getLine(), line);
                if (said != null) {
                    throw said;
                }
            }
            throw new YamlError(line, null, "the YAML cannot be read (" + problem.trim()
                    + "). Check the indentation, and put quotes around values that contain ':' or '#'.");
        } catch (YAMLException e) {
            String limit = limitReached(e.getMessage());
            if (limit != null) {
                YamlError under = limitUnder(text, firstLine, limit, e.getMessage().contains("Nesting Depth"));
                if (under != null) {
                    throw under;
                }
            }
            throw new YamlError(firstLine, null, limit != null ? limit
                    : "the YAML cannot be read (" + firstLineOf(e.getMessage()) + ").");
        }
        if (root == null) {
            return new YamlMap(Map.of(), Map.of(), Map.of());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new YamlError(firstLine + root.getStartMark().getLine(), null,
                    "expected 'key: value' lines here, like 'title: Went for a walk'.");
        }
        refuseUnusedScalarAnchors(mapping, firstLine);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, Integer> nested = new LinkedHashMap<>();
        ValueBudget budget = new ValueBudget();
        for (NodeTuple tuple : mapping.getValue()) {
            int line = firstLine + tuple.getKeyNode().getStartMark().getLine();
            String key = keyOf(tuple.getKeyNode(), line);
            if (values.containsKey(key)) {
                throw new YamlError(line, key, "is given twice (first on line " + lines.get(key)
                        + "). Keep one of them.");
            }
            budget.key = key;
            budget.keyLine = line;
            values.put(key, toValue(tuple.getValueNode(), new IdentityHashMap<>(), firstLine, budget, key, nested));
            lines.put(key, line);
        }
        return new YamlMap(values, lines, nested);
    }

    /**
     * One of the reader's limits, said in the writer's terms (what it protects, what to write
     * instead), or null for any other message. The reader's own words ("Nesting Depth exceeded max
     * 30", "Number of aliases for non-scalar nodes exceeds the specified max=50") say neither.
     */
    static String limitReached(String message) {
        String text = message == null ? "" : message;
        if (text.contains("Nesting Depth")) {
            return "lists and groups are nested here more than " + MAX_NESTING + " levels deep, more than Smallwins"
                    + " reads: the limit keeps a file made to exhaust the reader from stopping the build. Front matter"
                    + " (and journal.yml) needs a few plain fields, a list at most: nest less, and keep long structured"
                    + " notes in the entry's text, below the closing '---'.";
        }
        if (text.contains("Number of aliases")) {
            return "more than " + MAX_ALIASES + " aliases ('*name') repeat lists or groups here, more than Smallwins"
                    + " reads: the limit keeps a few lines from growing into millions of values. Write the values"
                    + " out where they are used instead of with '&name' and '*name'.";
        }
        return null;
    }

    /**
     * A limit's message at the top-level field where the reader passed it, with that field's line:
     * the reader's error carries no line. Its parser sets no limits (only the composer does), so its
     * events are walked to find the field, counting as the composer does: {@code nesting} levels of
     * lists and groups, or else aliases to a list or group (an alias to a plain value is not counted).
     * Null if no field is found.
     */
    private static YamlError limitUnder(String text, int firstLine, String message, boolean nesting) {
        int depth = 0;
        int aliases = 0;
        Set<String> collections = new HashSet<>();
        boolean atKey = true;
        String key = null;
        int keyLine = firstLine;
        try {
            for (Event event : YAML.get().parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent start) {
                    if (depth == 0 && !(event instanceof MappingStartEvent)) {
                        return null;  // no 'key: value' lines, so no field to name
                    }
                    if (start.getAnchor() != null) {
                        collections.add(start.getAnchor());
                    }
                    if (++depth > MAX_NESTING && nesting) {
                        return key == null ? null : new YamlError(keyLine, key, message);
                    }
                } else if (event instanceof CollectionEndEvent) {
                    if (--depth == 1) {
                        atKey = !atKey;  // a list or group value under a top-level key is done
                    }
                } else {
                    if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
                        collections.remove(scalar.getAnchor());  // an anchor given again names the new value
                    }
                    if (!nesting && event instanceof AliasEvent alias && collections.contains(alias.getAnchor())
                            && ++aliases > MAX_ALIASES) {
                        return key == null ? null : new YamlError(keyLine, key, message);
                    }
                    if (depth == 1 && (event instanceof ScalarEvent || event instanceof AliasEvent)) {
                        if (atKey && event instanceof ScalarEvent scalar) {
                            key = scalar.getValue();
                            keyLine = firstLine + event.getStartMark().getLine();
                        }
                        atKey = !atKey;
                    }
                }
            }
        } catch (YAMLException unreadable) {
            return null;
        }
        return null;
    }

    /**
     * A tab where YAML wants spaces, said in the writer's terms: after "key:" (where editors that
     * align values put one) or before the text of the line. SnakeYAML says "do not use tab for
     * indentation" for both.
     */
    private static YamlError tab(String text, int lineIndex, int column, int line) {
        String[] lines = text.split("\n", -1);
        String written = lineIndex < lines.length ? lines[lineIndex] : "";
        String key = keyOnLine(text, lineIndex);
        int colon = key == null ? -1 : written.indexOf(':');
        if (colon >= 0 && column > colon && written.substring(colon + 1, Math.min(column + 1, written.length())).isBlank()) {
            return new YamlError(line, key, "a tab follows '" + key + ":'. YAML needs a space there: write '"
                    + key + ": " + written.substring(colon + 1).strip() + "'.");
        }
        return new YamlError(line, key != null ? key : keyAbove(lines, lineIndex), "a tab indents this line. YAML"
                + " indents with spaces only: replace the tab with spaces.");
    }

    /**
     * The key the line belongs to: the nearest key above it that is indented less ("tags" for a list
     * item under "tags:"), so the message names the field as every other does. Null when there is none.
     */
    private static String keyAbove(String[] lines, int lineIndex) {
        int indent = indentOf(lineIndex < lines.length ? lines[lineIndex] : "");
        for (int i = Math.min(lineIndex, lines.length) - 1; i >= 0; i--) {
            String above = lines[i];
            if (above.isBlank() || above.strip().startsWith("#") || indentOf(above) >= indent) {
                continue;
            }
            Matcher key = KEY_AT_START.matcher(above);
            if (key.lookingAt()) {
                return key.group(1);
            }
        }
        return null;
    }

    /** How many spaces and tabs a line starts with. */
    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        return indent;
    }

    private static final Pattern VALUE_ON_LINE =
            Pattern.compile("\\s*(?:-\\s+)?(?:[A-Za-z0-9_-]+\\s*:\\s+)?(\\S.*?)\\s*");

    /**
     * A value the reader could not read because it starts with a character YAML keeps for itself
     * ("title: @home", "*sigh* long day", "`code`", "%done", a '!!java...' tag), said as such: the
     * reader's own words ("found character '@' that cannot start any token. (Do not use @ for
     * indentation)") sent the writer to the indentation. Null when the line holds no such value.
     */
    private static YamlError reservedStart(String text, int lineIndex, int line) {
        Matcher value = VALUE_ON_LINE.matcher(lineAt(text, lineIndex));
        if (!value.matches() || "@`%*!&".indexOf(value.group(1).charAt(0)) < 0) {
            return null;
        }
        String written = value.group(1);
        return new YamlError(line, keyOnLine(text, lineIndex), "YAML reads a value that starts with '"
                + written.charAt(0) + "' as something other than text, and cannot read this one. Put the value in"
                + " quotes: \"" + written.replace("\"", "\\\"") + "\".");
    }

    /**
     * The reader's most common complaints, said in the writer's words with the line to write instead,
     * or null for any other: its own ("mapping values are not allowed here", "expected <block end>,
     * but found '<scalar>'") name parts of YAML, not what to change.
     */
    private static YamlError inPlainWords(String text, String problem, int lineIndex, int line) {
        String written = lineAt(text, lineIndex);
        Matcher key = KEY_AT_START.matcher(written);
        if (!key.lookingAt()) {
            return null;
        }
        String field = key.group(1);
        String value = written.substring(key.end()).strip();
        if (problem.contains("mapping values are not allowed")) {
            if (value.contains(": ") || value.endsWith(":")) {
                // "title: Walk: day one": the second ': ' reads as the start of another field.
                return new YamlError(line, field, "this value holds ': ', which YAML takes for the start of another"
                        + " field. Put the value in quotes: " + field + ": \"" + value.replace("\\", "\\\\")
                        .replace("\"", "\\\"") + "\".");
            }
            if (Character.isWhitespace(written.charAt(0))) {
                // An indented 'field:' under a field that has its value already.
                return new YamlError(line, field, "this line is indented, so YAML reads it as part of the field"
                        + " above, which has its value already. Start '" + field + ":' at the beginning of the line,"
                        + " like the other fields.");
            }
            return null;
        }
        if (problem.contains("found '<scalar>'") && !value.isEmpty() && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            // 'summary: "Quoted" and more': text after the closing quote.
            return new YamlError(line, field, "text follows the closing quote of this value. Put all of it inside"
                    + " the quotes, or leave the quotes out.");
        }
        return null;
    }

    /** Line {@code line} of the text, counted from 0, or "" past its end. */
    private static String lineAt(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 0 && line < lines.length ? lines[line] : "";
    }

    /** The key a line of the text starts with ("tags" of "tags: [a, b"), or null. */
    private static String keyOnLine(String text, int line) {
        String[] lines = text.split("\n", -1);
        if (line < 0 || line >= lines.length) {
            return null;
        }
        Matcher key = KEY_AT_START.matcher(lines[line]);
        return key.lookingAt() ? key.group(1) : null;
    }

    private static final Pattern KEY_AT_START = Pattern.compile("\\s*([A-Za-z0-9_-]+)\\s*:");

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    /**
     * A value written with a leading '!' ("title: !Finally walked", "tags: [!wow, walk]") is a type
     * tag to YAML, and the word is not part of the value: the title lost its first word and the tag
     * vanished, without a word. No field Smallwins reads needs a tag of its own, so the writer is
     * told to quote the value. YAML's own tags (!!str, !!int) change no text and stay allowed.
     */
    private static void refuseLocalTag(Node node, int firstLine, String path) throws YamlError {
        Tag tag = node.getTag();
        if (tag == null || tag.getValue().startsWith(Tag.PREFIX)) {
            return;
        }
        String written = tag.getValue();
        String example = node instanceof ScalarNode scalar
                ? (scalar.getValue().isEmpty() ? written : written + " " + scalar.getValue()) : written + " ...";
        String field = path.split("[.\\[]", 2)[0];
        throw new YamlError(firstLine + node.getStartMark().getLine(), field, "'" + written + "' at the start of"
                + " a value is a type tag to YAML, and would be left out of it. Put the value in quotes: \""
                + example.replace("\"", "\\\"") + "\".");
    }

    /**
     * A value written with a leading '&' ("title: &me walked") is an anchor to YAML, a name for
     * '*me' to repeat it by, and the word is not part of the value. An anchor that is used is
     * YAML written on purpose; on a single value that nothing repeats, it is text the value lost.
     */
    private static void refuseUnusedScalarAnchors(MappingNode root, int firstLine) throws YamlError {
        IdentityHashMap<Node, Integer> uses = new IdentityHashMap<>();
        IdentityHashMap<Node, String> under = new IdentityHashMap<>();
        for (NodeTuple tuple : root.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            countUses(tuple.getKeyNode(), key, uses, under);
            countUses(tuple.getValueNode(), key, uses, under);
        }
        Node first = null;
        for (Map.Entry<Node, Integer> use : uses.entrySet()) {
            Node node = use.getKey();
            if (node instanceof ScalarNode && node.getAnchor() != null && use.getValue() == 1
                    && (first == null || node.getStartMark().getIndex() < first.getStartMark().getIndex())) {
                first = node;
            }
        }
        if (first != null) {
            String written = "&" + first.getAnchor();
            String value = ((ScalarNode) first).getValue();
            String example = value.isEmpty() ? written : written + " " + value;
            throw new YamlError(firstLine + first.getStartMark().getLine(), under.get(first), "'" + written
                    + "' at the start of a value is an anchor to YAML (a name for '*" + first.getAnchor()
                    + "' to repeat it by), and would be left out of it. Put the value in quotes: \""
                    + example.replace("\"", "\\\"") + "\".");
        }
    }

    /** Counts how often each node is reached (an alias reaches its anchor's node again), each looked into once. */
    private static void countUses(Node node, String key, IdentityHashMap<Node, Integer> uses,
                                  IdentityHashMap<Node, String> under) {
        Integer before = uses.get(node);
        uses.put(node, before == null ? 1 : before + 1);
        if (before != null) {
            return;
        }
        under.put(node, key);
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                countUses(item, key, uses, under);
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                countUses(tuple.getKeyNode(), key, uses, under);
                countUses(tuple.getValueNode(), key, uses, under);
            }
        }
    }

    private static String keyOf(Node node, int line) throws YamlError {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new YamlError(line, null, "a key must be a plain word, like 'title' or 'tags'.");
    }

    /**
     * How many more values may be read, and the top-level key being read: an alias bomb is said at
     * the field that expands it, not at the line of the anchored value it repeats, which may be fine.
     */
    private static final class ValueBudget {
        private int left = MAX_VALUES;
        private String key;
        private int keyLine;
    }

    /** {@code path} names the value ("support.people[1].phone"); {@code nested} gets the line of each. */
    private static Object toValue(Node node, IdentityHashMap<Node, Boolean> visiting, int firstLine, ValueBudget budget,
                                  String path, Map<String, Integer> nested) throws YamlError {
        if (--budget.left < 0) {
            throw new YamlError(budget.keyLine, budget.key, "holds more than " + MAX_VALUES
                    + " values once its aliases ('*name') are expanded. Write the values out, or use fewer aliases.");
        }
        if (visiting.containsKey(node)) {
            throw new YamlError(firstLine + node.getStartMark().getLine(), null,
                    "an alias refers to itself; remove the '*' reference.");
        }
        refuseLocalTag(node, firstLine, path);
        if (node instanceof ScalarNode scalar) {
            return scalarValue(scalar);
        }
        visiting.put(node, Boolean.TRUE);
        try {
            if (node instanceof SequenceNode sequence) {
                List<Object> list = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    String itemPath = path + "[" + (list.size() + 1) + "]";
                    nested.putIfAbsent(itemPath, firstLine + item.getStartMark().getLine());
                    list.add(toValue(item, visiting, firstLine, budget, itemPath, nested));
                }
                return list;
            }
            MappingNode mapping = (MappingNode) node;
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                int line = firstLine + tuple.getKeyNode().getStartMark().getLine();
                String key = keyOf(tuple.getKeyNode(), line);
                if (map.containsKey(key)) {
                    throw new YamlError(line, key, "is given twice in the same group. Keep one of them.");
                }
                nested.putIfAbsent(path + "." + key, line);
                map.put(key, toValue(tuple.getValueNode(), visiting, firstLine, budget, path + "." + key, nested));
            }
            return map;
        } finally {
            visiting.remove(node);
        }
    }

    private static Object scalarValue(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        // As in YAML 1.2: only true and false are booleans (a title "No" stays "No"), and only
        // plainly written numbers are numbers (a slug "007" stays "007").
        if (Tag.BOOL.equals(tag)) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.equals("true") ? Boolean.TRUE : lower.equals("false") ? Boolean.FALSE : text;
        }
        if (Tag.INT.equals(tag)) {
            try {
                long number = Long.parseLong(text);
                return Long.toString(number).equals(text) ? (Object) number : text;
            } catch (NumberFormatException e) {
                return text;
            }
        }
        if (Tag.FLOAT.equals(tag) && text.matches("-?\\d+\\.\\d+")) {
            return new BigDecimal(text);  // as PlainYaml reads it: the digits as written
        }
        return text;
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unknown reason";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
