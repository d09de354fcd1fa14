package org.smallwins.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code names classes through imports: a fully qualified name inline hides what a file depends on
 * from its import list and makes lines long. Comments, javadoc and string literals may say what
 * they like; import and package lines are where the full names belong.
 */
class NoFullyQualifiedNamesTest {
    static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("src/test/java"));

    /** A package path from a top-level package this project meets, down to a class: {@code java.nio.file.Files}. */
    static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.$])(?:java|javax|jdk|sun|org|com|net|io|freemarker|picocli)(?:\\.[a-z_][a-z0-9_]*)*\\.[A-Z]\\w*");

    static final Pattern IMPORT_OR_PACKAGE = Pattern.compile("^\\s*(?:import|package)\\s");

    @Test
    void noSourceNamesAClassByItsFullNameInCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    found.addAll(fullNames(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(found).as("import these classes instead of naming them in full").isEmpty();
    }

    @Test
    void aFullNameInCodeIsFoundWithItsFileAndLine() {
        assertThat(fullNames("A.java", List.of(
                "class A {",
                "    java.util.List<String> names = new java.util.ArrayList<>();",
                "    @org.junit.jupiter.api.Test void t() {}",
                "    Object p = picocli.CommandLine.class;",
                "}"))).containsExactly(
                        "A.java:2: java.util.List",
                        "A.java:2: java.util.ArrayList",
                        "A.java:3: org.junit.jupiter.api.Test",
                        "A.java:4: picocli.CommandLine");
    }

    @Test
    void importsCommentsJavadocAndLiteralsMayNameClassesInFull() {
        assertThat(fullNames("B.java", List.of(
                "package org.smallwins.source;",
                "import java.util.List;",
                "import static org.assertj.core.api.Assertions.assertThat;",
                "/** See {@link java.util.List} and {@code java.nio.file.Files}. */",
                "/*",
                " * java.io.File, over lines",
                " */",
                "class B { // java.util.Map here",
                "    String s = \"java.util.Set \\\" java.util.Map\";",
                "    char q = '\"'; Goal.Cadence c = Goal.Cadence.WEEKLY; /* java.util.Set */ int x;",
                "    String t = \"\"\"",
                "        !!javax.script.ScriptEngineManager [x] \\\"\"\" java.util.Map",
                "        \"\"\";",
                "    List<String> names = person.address.names;",
                "}"))).isEmpty();
    }

    @Test
    void codeAfterALiteralOrCommentOnTheSameLineIsStillChecked() {
        assertThat(fullNames("C.java", List.of(
                "class C {",
                "    String s = \"x\"; java.util.List<String> a;",
                "    /* note */ java.io.File f;",
                "    String t = \"\"\"",
                "        text\"\"\"; java.util.Map<String, String> m;",
                "}"))).containsExactly("C.java:2: java.util.List", "C.java:3: java.io.File", "C.java:5: java.util.Map");
    }

    static List<String> fullNames(String file, List<String> lines) {
        List<String> found = new ArrayList<>();
        List<String> code = JavaCode.of(lines);
        for (int i = 0; i < code.size(); i++) {
            if (IMPORT_OR_PACKAGE.matcher(code.get(i)).find()) {
                continue;
            }
            Matcher name = QUALIFIED.matcher(code.get(i));
            while (name.find()) {
                found.add(file + ":" + (i + 1) + ": " + name.group());
            }
        }
        return found;
    }
}
