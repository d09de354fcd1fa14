package org.smallwins.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smallwins.load.SourceText;
import org.smallwins.model.EntryType;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

/**
 * The starting text of a new entry, Hugo-style: the journal's {@code archetypes/TYPE.md}, else its
 * {@code archetypes/default.md}, else the built-in one for the type. Placeholders like
 * {@code {{title}}} are filled in; in the front matter they become YAML values (quoted when
 * needed), in the body plain text. A front matter line whose placeholders all came out empty
 * ({@code mood: {{mood}}} without a mood) is left out.
 *
 * @param source where it came from, for messages: {@code archetypes/win.md} or {@code built-in archetypes/win.md}
 */
public record Archetype(String source, String text) {
    public static final String DIR = "archetypes";
    /** {{title}}, {{ title }}, Hugo's {{ .Title }}; quotes right around one are taken over by the value. */
    private static final Pattern PLACEHOLDER = Pattern.compile("([\"']?)\\{\\{\\s*\\.?([A-Za-z]+)\\s*}}\\1");
    /** Anything in double braces, to catch Hugo expressions such as {{ .File.ContentBaseName | title }}. */
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{[^{}]*}}");
    private static final Pattern EMPTY_VALUE = Pattern.compile("^\\s*(-\\s*)?([^#:]+:\\s*)?(#.*)?$");
    /** A front matter line that is the entry's date and nothing more: {{date}} gives its time there. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^date\\s*:\\s*([\"']?)\\{\\{\\s*\\.?[Dd]ate\\s*}}\\1\\s*(#.*)?$");

    /** The placeholders an archetype may use, in the order the documentation lists them. */
    public static final List<String> PLACEHOLDERS = List.of("title", "date", "type", "tags", "mood", "goal", "slug");

    /** One value in its two spellings: as YAML for the front matter, as text for the body. */
    public record Value(String yaml, String text) {
        static Value of(String both) {
            return new Value(both, both);
        }
    }

    /**
     * The archetype for {@code type}: the journal's own if it has one, else the built-in one. Throws
     * {@link JournalException} when the journal's own cannot be read, as the entries and journal.yml
     * say it: passed over, it would start the entry from another text without a word.
     */
    public static Archetype forType(Path journalDir, EntryType type) {
        for (String name : List.of(type.id() + ".md", "default.md")) {
            Path own = journalDir.resolve(DIR).resolve(name);
            String source = DIR + "/" + name;
            if (Files.isRegularFile(own, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    return new Archetype(source, SourceText.decode(Files.readAllBytes(own)));
                } catch (SourceText.NotUtf8 e) {
                    throw new JournalException(Problem.error(source, e.line(), null, e.message()));
                } catch (IOException e) {
                    throw new JournalException(Problem.error(source, 0, null, SourceText.unreadable(e)));
                }
            }
            if (Files.exists(own, LinkOption.NOFOLLOW_LINKS)) {
                // A link is not followed, as nowhere in a journal folder; passed over, it was another
                // text without a word.
                String what = Files.isSymbolicLink(own) ? "a symbolic link, which Smallwins does not follow"
                        : Files.isDirectory(own, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "not a plain file";
                String whose = name.equals("default.md") ? "new entries" : "new " + type.id() + " entries";
                throw new JournalException(Problem.error(source, 0, null, "is " + what + ", so it cannot be the"
                        + " archetype " + whose + " start from. Make it a file with the text they start with, or"
                        + " remove it to use " + (name.equals("default.md") ? "" : DIR + "/default.md or ")
                        + "the built-in one."));
            }
        }
        return builtIn(type);
    }

    public static Archetype builtIn(EntryType type) {
        String name = type.id() + ".md";
        try (InputStream in = Archetype.class.getResourceAsStream("/archetypes/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the built-in archetype " + name + " is missing from the jar");
            }
            return new Archetype("built-in " + DIR + "/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The filled-in text; {@code lineMap[i]} is the archetype line that generated line {@code i + 1}
     * came from, so problems in the result can point at the archetype. {@code used}: the
     * placeholders whose values made it into the text, so options the archetype has no place for
     * can be told apart from ones it took.
     */
    public record Filled(String text, int[] lineMap, Set<String> used) {
        /** The archetype line for a line of the filled text (0 stays 0). */
        public int archetypeLine(int line) {
            return line >= 1 && line <= lineMap.length ? lineMap[line - 1] : line;
        }
    }

    /** Fills in {@code values}; unknown placeholders are reported in {@code problems} and left as written. */
    public Filled fill(Map<String, Value> values, List<Problem> problems) {
        String normalized = text.replace("\r\n", "\n");
        String[] lines = normalized.split("\n", -1);
        boolean hasFrontMatter = lines.length > 0 && lines[0].stripTrailing().equals("---");
        boolean inFrontMatter = hasFrontMatter;
        StringBuilder out = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean delimiter = inFrontMatter && i > 0 && (line.stripTrailing().equals("---") || line.stripTrailing().equals("..."));
            String filled = line;
            boolean dropped = false;
            if (!delimiter && !(hasFrontMatter && i == 0)) {
                Matcher expression = EXPRESSION.matcher(line);
                while (expression.find()) {
                    // Copied as written, it would end up in the entry: refused, as an unknown name is.
                    if (!PLACEHOLDER.matcher(expression.group()).matches()) {
                        problems.add(Problem.error(source, i + 1, null, "'" + expression.group() + "' is a template"
                                + " expression, which archetypes do not run: use a placeholder instead, one of "
                                + placeholderList() + "."));
                    }
                }
                Matcher m = PLACEHOLDER.matcher(line);
                StringBuilder sb = new StringBuilder();
                List<String> names = new ArrayList<>();
                boolean any = false;
                boolean allEmpty = true;
                while (m.find()) {
                    String name = m.group(2).toLowerCase(Locale.ROOT);
                    Value value = values.get(name);
                    if (value == null) {
                        problems.add(Problem.error(source, i + 1, null, "'" + m.group() + "' is not a placeholder Smallwins knows: use "
                                + placeholderList() + "."));
                        m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                        allEmpty = false;
                        continue;
                    }
                    any = true;
                    names.add(name);
                    // "now" has its time of day only as the whole of the date: line; anywhere else (a
                    // goal's started:, the body, "date: {{date}} 09:00") it is the day, as it always was.
                    if (name.equals("date") && !(inFrontMatter && DATE_LINE.matcher(line.strip()).matches())) {
                        value = Value.of(value.text().length() > 10 ? value.text().substring(0, 10) : value.text());
                    }
                    String replacement;
                    if (inFrontMatter) {
                        replacement = value.yaml();
                    } else {
                        // In the body the quotes around a placeholder are the writer's own text.
                        replacement = m.group(1) + value.text() + m.group(1);
                    }
                    if (!value.yaml().isEmpty()) {
                        allEmpty = false;
                    }
                    m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
                }
                m.appendTail(sb);
                filled = sb.toString();
                dropped = inFrontMatter && any && allEmpty && EMPTY_VALUE.matcher(filled).matches();
                if (!dropped) {
                    used.addAll(names);
                }
            }
            if (delimiter) {
                inFrontMatter = false;
            }
            if (!dropped) {
                if (!map.isEmpty()) {
                    out.append('\n');
                }
                out.append(filled);
                map.add(i + 1);
            }
        }
        return new Filled(out.toString(), map.stream().mapToInt(Integer::intValue).toArray(), Set.copyOf(used));
    }

    /** The archetype's file in the journal, if it has its own. */
    public Optional<String> journalPath() {
        return source.startsWith(DIR + "/") ? Optional.of(source) : Optional.empty();
    }

    private static String placeholderList() {
        return String.join(", ", PLACEHOLDERS.stream().map(p -> "{{" + p + "}}").toList());
    }
}
