package org.smallwins.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's "Using it as a library" shows a whole program: it is compiled here as a new user would
 * (against the project's classes, nothing else imported) and run on the sample journal, so the example
 * cannot drift from the API. A snippet that leaves out its imports sends a reader searching for
 * which of the packages holds JournalException or Insights.
 */
class LibraryExampleDocTest {
    @TempDir
    Path tmp;

    static String example() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Using it as a library");
        assertThat(section).as("README's library section").isNotNegative();
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find(section)).as("a Java example in README's library section").isTrue();
        return block.group(1);
    }

    @Test
    void theReadmesLibraryExampleCompilesAndBuildsTheSampleJournal() throws Exception {
        String source = example();
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertThat(name.find()).as("the example is a whole class, imports and all:\n" + source).isTrue();
        Path file = tmp.resolve("src").resolve(name.group(1) + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(tmp.resolve("classes"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, errors, errors, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), file.toString());
        assertThat(exit).as(errors.toString(StandardCharsets.UTF_8)).isZero();

        Path output = tmp.resolve("site");
        String printed = run(classes, name.group(1), Path.of("."), output);
        assertThat(output.resolve("index.html")).isRegularFile();
        assertThat(printed).as("what the example prints").isNotBlank();

        // Copied as it is, it builds a journal written today without a word: the example fixes no
        // "today" of its own that would put a user's new entries after it.
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        Path journal = Files.createDirectories(tmp.resolve("journal/content/wins"));
        Files.writeString(journal.resolve(yesterday + "-walk.md"), "---\ntitle: A walk\n---\nOutside.\n");
        Files.writeString(tmp.resolve("journal/journal.yml"), "title: Mine\ntimezone: UTC\n");
        assertThat(run(classes, name.group(1), tmp.resolve("journal"), tmp.resolve("mine")))
                .matches("\\d+ files written, 0 warnings\\R");
    }

    private static String run(Path classes, String className, Path journal, Path output) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                LibraryExampleDocTest.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass(className).getMethod("main", String[].class)
                    .invoke(null, (Object) new String[] {journal.toString(), output.toString()});
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
