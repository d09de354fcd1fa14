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
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                LibraryExampleDocTest.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass(name.group(1)).getMethod("main", String[].class)
                    .invoke(null, (Object) new String[] {".", output.toString()});
        } finally {
            System.setOut(out);
        }
        assertThat(output.resolve("index.html")).isRegularFile();
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("what the example prints").isNotBlank();
    }
}
