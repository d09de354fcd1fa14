package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build goal's {@code output}: an empty {@code -Dsmallwins.output=} was a File Maven made the pom's
 * folder, refused as "the journal folder itself", a folder the writer never named.
 */
class OutputParameterTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyOutputIsRefusedSayingSoAndWhatToGiveAndNothingIsWritten() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Mine\n",
                "content/wins/2025-01-06-walk.md", "---\ntitle: Walk\n---\nWalked.\n");
        List<Path> before = files(journal);
        for (String empty : new String[] {"", "  "}) {
            BuildMojo build = new BuildMojo();
            MojoFields.set(build, "journalDirectory", journal.toFile());
            MojoFields.set(build, "basedir", journal.toFile());
            MojoFields.set(build, "output", empty);
            MojoFailureException e = catchThrowableOfType(build::execute, MojoFailureException.class);
            assertThat(e).as("'" + empty + "'").isNotNull();
            assertThat(e.getMessage()).startsWith("output: no folder is given (-Dsmallwins.output= with nothing after it")
                    .contains("nothing was written").contains("-Dsmallwins.output=target/www")
                    .contains("leave output out to build into target/site")
                    .doesNotContain("journal folder itself");
        }
        assertThat(files(journal)).isEqualTo(before);
    }

    @Test
    void aRelativeOutputIsTakenFromThePomsFolderAndAnAbsoluteOneAsItIs() throws MojoFailureException {
        Path pomFolder = tmp.resolve("journal");
        assertThat(BuildMojo.outputFolder(pomFolder.toFile(), "target/www")).isEqualTo(pomFolder.resolve("target/www"));
        assertThat(BuildMojo.outputFolder(pomFolder.toFile(), "../site")).isEqualTo(tmp.resolve("site"));
        assertThat(BuildMojo.outputFolder(pomFolder.toFile(), tmp.resolve("elsewhere").toString()))
                .isEqualTo(tmp.resolve("elsewhere"));
    }

    @Test
    void theDefaultIsStillTheBuildFoldersSite() throws Exception {
        Document descriptor;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int m = 0; m < mojos.getLength(); m++) {
            Element mojo = (Element) mojos.item(m);
            if (mojo.getElementsByTagName("goal").item(0).getTextContent().equals("build")) {
                Element output = (Element) ((Element) mojo.getElementsByTagName("configuration").item(0))
                        .getElementsByTagName("output").item(0);
                assertThat(output.getAttribute("default-value")).isEqualTo("${project.build.directory}/site");
                assertThat(output.getTextContent()).isEqualTo("${smallwins.output}");
                return;
            }
        }
        throw new AssertionError("no build goal in the plugin descriptor");
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.sorted().toList();
        }
    }
}
