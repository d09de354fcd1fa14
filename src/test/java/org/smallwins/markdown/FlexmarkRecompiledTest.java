package org.smallwins.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The Flexmark classes the build compiles from their sources (see the pom) are the ones the program
 * runs, and concatenate strings without invokedynamic. Fails when the pom stops compiling one of
 * them, or when a Flexmark upgrade renames one.
 */
public class FlexmarkRecompiledTest {
    /**
     * The classes whose string concatenations a build of the benchmark's journal or the sample
     * journal reaches (found with TRACE_METHOD_LINKAGE).
     */
    public static final List<String> RECOMPILED = List.of(
            "com.vladsch.flexmark.ast.util.Parsing",
            "com.vladsch.flexmark.html.renderer.HeaderIdGenerator",
            "com.vladsch.flexmark.html.renderer.CoreNodeRenderer",
            "com.vladsch.flexmark.ext.anchorlink.internal.AnchorLinkNodeRenderer",
            "com.vladsch.flexmark.ext.footnotes.internal.FootnoteNodeRenderer",
            "com.vladsch.flexmark.util.sequence.Escaping",
            "com.vladsch.flexmark.ext.footnotes.internal.FootnoteBlockParser",
            "com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor");

    /** The bootstrap method javac names in a class that concatenates through invokedynamic. */
    public static final String INDY_CONCAT = "makeConcatWithConstants";

    @Test
    void theRecompiledClassesAreOursAndConcatenateWithoutInvokedynamic() throws Exception {
        Path ourClasses = location(MarkdownRenderer.class);
        for (String name : RECOMPILED) {
            Class<?> type = Class.forName(name);
            assertThat(location(type)).as(name + " comes from the build's own classes").isEqualTo(ourClasses);
            assertThat(classText(type)).as(name).doesNotContain(INDY_CONCAT);
        }
    }

    @Test
    void thePublishedClassesDoConcatenateThroughInvokedynamic() throws IOException {
        // The check above means something only if the published classes would fail it.
        String classPath = System.getProperty("java.class.path");
        int found = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.contains("flexmark") || !entry.endsWith(".jar")) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                for (String name : RECOMPILED) {
                    var file = jar.getEntry(name.replace('.', '/') + ".class");
                    if (file != null) {
                        found++;
                        try (InputStream in = jar.getInputStream(file)) {
                            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
                                    .as(name + " in " + entry).contains(INDY_CONCAT);
                        }
                    }
                }
            }
        }
        assertThat(found).isEqualTo(RECOMPILED.size());
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String classText(Class<?> type) throws IOException {
        String file = type.getSimpleName() + ".class";
        try (InputStream in = type.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
