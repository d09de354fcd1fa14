package org.smallwins.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.Smallwins;

/**
 * docs/theme-model.md is the contract between Smallwins and themes. Every variable the templates of
 * the sample journal's site are given (every page kind, every key at every depth) is named there,
 * and is data a theme can rely on: strings, numbers, booleans, hashes and sequences, never a Java
 * object of Smallwins' (whose methods would show as keys).
 *
 * <p>The model is read the way a theme sees it: the sample journal is built with every template
 * replaced by one that lists {@code .data_model}, key by key, with what kind of value each is.
 */
class ThemeModelDocTest {
    /** Lists every variable under {@code path}, one "path=kind" line each; sequences as "path[]". */
    static final String DUMP = """
            <#ftl output_format="plainText">
            <#macro dump value path depth>
            <#if depth gt 16><#return></#if>
            <#if value?is_directive || value?is_method>
            ${path}=directive
            <#-- A Java object other than a map, a list or a plain value: FreeMarker shows it as a hash of
                 its methods that is a string too (its toString). Not gone into: its methods lead on
                 to more objects without end. -->
            <#elseif value?is_hash_ex && value?is_string>
            ${path}=other
            <#elseif value?is_sequence>
            ${path}=sequence
            <#list value as item><#if item??><@dump item path + "[]" depth + 1/></#if></#list>
            <#elseif value?is_hash_ex>
            ${path}=hash
            <#-- Hashes of the writer's own keys. -->
            <#if !path?ends_with(".extra") && !path?ends_with(".params")>
            <#list value?keys as key><#if value[key]??><@dump value[key] path + "." + key depth + 1/><#else>
            ${path}.${key}=null
            </#if></#list>
            </#if>
            <#elseif value?is_string>
            ${path}=string
            <#elseif value?is_number>
            ${path}=number
            <#elseif value?is_boolean>
            ${path}=boolean
            <#else>
            ${path}=other
            </#if>
            </#macro>
            <#list .data_model?keys as key><#if .data_model[key]??><@dump .data_model[key] key 0/></#if></#list>
            """;

    /** page kind -> "path=kind" lines its pages' models hold. */
    static final Map<String, Set<String>> MODEL = new TreeMap<>();
    static String doc;

    @BeforeAll
    static void buildTheSampleWithTemplatesThatListTheirModel(@TempDir Path tmp) throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        Path journal = tmp.resolve("journal");
        copy(repo.resolve("content"), journal.resolve("content"));
        copy(repo.resolve("static"), journal.resolve("static"));
        Files.copy(repo.resolve("journal.yml"), journal.resolve("journal.yml"));
        Path templates = journal.resolve("themes/default/templates");
        Files.createDirectories(templates);
        try (Stream<Path> builtIn = Files.list(repo.resolve("themes/default/templates"))) {
            for (Path template : builtIn.toList()) {
                Files.writeString(templates.resolve(template.getFileName().toString()), DUMP, StandardCharsets.UTF_8);
            }
        }
        Path out = tmp.resolve("site");
        // With drafts, so what only such builds show is there too.
        new Smallwins().build(BuildRequest.of(journal, out).withToday(LocalDate.of(2026, 11, 24))
                .withDrafts(true));
        try (Stream<Path> pages = Files.walk(out)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(page).stream().map(String::strip)
                        .filter(l -> l.contains("=")).toList();
                MODEL.computeIfAbsent(section(out.relativize(page).toString()), k -> new TreeSet<>()).addAll(lines);
            }
        }
        doc = Files.readString(repo.resolve("docs/theme-model.md"));
    }

    /** Where a page is, to name it in a failure: its first folder ("tags", "2025"), or its file at the top. */
    private static String section(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Every name the document writes in code spans: `site.title`, `{year, count, url}`, ... */
    private static Set<String> documentedNames() {
        Set<String> names = new TreeSet<>();
        // Fenced blocks first: their backticks would pair with the spans' otherwise.
        Matcher code = Pattern.compile("```(.*?)```|`([^`]+)`", Pattern.DOTALL).matcher(doc);
        while (code.find()) {
            String text = code.group(1) != null ? code.group(1) : code.group(2);
            Matcher word = Pattern.compile("[A-Za-z][A-Za-z0-9]*").matcher(text);
            while (word.find()) {
                names.add(word.group());
            }
        }
        return names;
    }

    @Test
    void everyKindOfPageWasListed() {
        assertThat(MODEL.keySet()).contains("index.html", "404.html", "2025", "tags", "timeline", "wins",
                "progress", "milestones", "goals", "search", "support");
        // Each page listed its model: the variables every page has are there in every section.
        MODEL.forEach((section, lines) -> assertThat(lines).as(section)
                .contains("site.title=string", "page.kind=string", "root=string", "nav=sequence"));
        assertThat(MODEL.get("2025")).contains("entry.html=string", "entry.tags[].url=string");
    }

    @Test
    void everyVariableOfEveryPageIsNamedInTheDocument() {
        Set<String> documented = documentedNames();
        Map<String, Set<String>> undocumented = new TreeMap<>();
        MODEL.forEach((kind, lines) -> {
            for (String line : lines) {
                String path = line.substring(0, line.indexOf('='));
                for (String segment : path.replace("[]", "").split("\\.")) {
                    // "Every count comes with a ready label": `totals` lists its counts, "each with its `...Label`".
                    boolean label = segment.endsWith("Label") && documented.contains(segment.replaceFirst("Label$", ""));
                    if (!documented.contains(segment) && !label) {
                        undocumented.computeIfAbsent(segment, s -> new TreeSet<>()).add(kind + ": " + path);
                    }
                }
            }
        });
        assertThat(undocumented).as("variables the templates get that docs/theme-model.md does not name").isEmpty();
    }

    @Test
    void everyVariableIsDataNotAJavaObject() {
        Map<String, Set<String>> other = new TreeMap<>();
        MODEL.forEach((kind, lines) -> lines.stream()
                .filter(l -> l.endsWith("=other") || (l.endsWith("=directive") && !l.startsWith("renderOnce=")))
                .forEach(l -> other.computeIfAbsent(kind, k -> new TreeSet<>()).add(l)));
        assertThat(other).isEmpty();
    }

    /**
     * A theme that replaces a library of the built-in theme must keep what the built-in pages call in
     * it: the document's table of those names is what the built-in templates call, no more, no less.
     */
    @Test
    void whatTheBuiltInTemplatesCallInEachLibraryIsListed() throws IOException {
        Map<String, Set<String>> called = calledInLibraries();
        Map<String, Set<String>> listed = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+\\.ftlh)` \\| (.*) \\|$").matcher(doc);
        while (row.find()) {
            Set<String> names = new TreeSet<>();
            Matcher name = Pattern.compile("`(\\w+)`").matcher(row.group(2));
            while (name.find()) {
                names.add(name.group(1));
            }
            listed.put(row.group(1), names);
        }
        assertThat(called).isNotEmpty().containsKey("layout.ftlh");
        assertThat(listed).isEqualTo(called);
    }

    /**
     * Each of those is listed with its arguments as its library declares them ("macro scale label
     * value kind showLabel=true"): an argument added, renamed, reordered or given another default
     * in the template fails here until the document says so too.
     */
    @Test
    void eachOneIsListedWithItsArgumentsAsItsLibraryDeclaresThem() throws IOException {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (Map.Entry<String, Set<String>> library : calledInLibraries().entrySet()) {
            String text = Files.readString(Path.of("themes/default/templates", library.getKey()));
            for (String name : library.getValue()) {
                Matcher declaration = Pattern.compile("<#(macro|function) (" + name + "(?:\\s[^>]*)?)>").matcher(text);
                assertThat(declaration.find()).as(library.getKey() + " declares " + name).isTrue();
                declared.computeIfAbsent(library.getKey(), k -> new TreeSet<>())
                        .add(declaration.group(1) + " " + declaration.group(2).strip().replaceAll("\\s+", " "));
            }
        }
        assertThat(doc).contains("What each one takes");
        Map<String, Set<String>> documented = new TreeMap<>();
        String library = null;
        for (String line : doc.substring(doc.indexOf("What each one takes")).split("\n")) {
            Matcher heading = Pattern.compile("^`([a-z-]+\\.ftlh)`:$").matcher(line);
            Matcher item = Pattern.compile("^- `([^`]+)` \\((macro|function)\\b").matcher(line);
            if (heading.matches()) {
                library = heading.group(1);
            } else if (item.find() && library != null) {
                documented.computeIfAbsent(library, k -> new TreeSet<>()).add(item.group(2) + " " + item.group(1));
            } else if (line.startsWith("#")) {
                break;
            }
        }
        assertThat(declared).containsKey("layout.ftlh");
        assertThat(documented).isEqualTo(declared);
    }

    /** Library file -> the names the built-in templates call in it, through the name they import it as. */
    private static Map<String, Set<String>> calledInLibraries() throws IOException {
        Map<String, Set<String>> called = new TreeMap<>();
        Pattern imports = Pattern.compile("<#import \"([^\"]+)\" as (\\w+)>");
        try (Stream<Path> templates = Files.list(Path.of("themes/default/templates"))) {
            for (Path template : templates.toList()) {
                String text = Files.readString(template);
                String file = template.getFileName().toString();
                Matcher imported = imports.matcher(text);
                while (imported.find()) {
                    if (imported.group(1).equals(file)) {
                        continue;
                    }
                    Matcher call = Pattern.compile("(?<![\\w\"/.-])" + imported.group(2) + "\\.(\\w+)").matcher(text);
                    // Not the library's file name in the import itself ("layout.ftlh").
                    while (call.find()) {
                        called.computeIfAbsent(imported.group(1), k -> new TreeSet<>()).add(call.group(1));
                    }
                }
            }
        }
        return called;
    }

    /** The README shows how to copy a built-in template out of the jar: the path it gives is one the jar has. */
    @Test
    void theReadmesCopyOfATemplateFromTheJarNamesAFileTheJarHas() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher copy = Pattern.compile("unzip -p smallwins\\.jar (\\S+) > (\\S+)").matcher(readme);
        assertThat(copy.find()).as("README shows the unzip command").isTrue();
        assertThat(ThemeModelDocTest.class.getResource("/" + copy.group(1))).as(copy.group(1)).isNotNull();
        assertThat(copy.group(2)).isEqualTo(copy.group(1));
    }
}
