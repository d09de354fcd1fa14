package org.smallwins.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the documentation says of bin/smallwins is read from the script itself: the JVM settings
 * docs/maven.md gives for {@code .mvn/jvm.config}, and where README says the class-data sharing
 * archive is kept. A setting added to the script, or a folder it looks in, shows here until the
 * documentation says it too.
 */
class LauncherDocTest {
    private static final String THP = "-XX:+UseTransparentHugePages";

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    /** The settings bin/smallwins gives a build (every command but serve), unconditional and conditional. */
    private static List<String> buildDefaults(String script) {
        Matcher always = Pattern.compile("(?m)^\\s*\\*\\) defaults=\"([^\"]*)\"").matcher(script);
        assertThat(always.find()).as("bin/smallwins sets its build defaults in a '*) defaults=\"...\"' line").isTrue();
        List<String> settings = new ArrayList<>(List.of(always.group(1).split("\\s+")));
        Matcher added = Pattern.compile("defaults=\"\\$defaults ([^\"]*)\"").matcher(script);
        while (added.find()) {
            settings.addAll(List.of(added.group(1).split("\\s+")));
        }
        return settings;
    }

    /** The line docs/maven.md gives for .mvn/jvm.config: the first code block after its mention. */
    private static List<String> documentedJvmConfig(String maven) {
        int mention = maven.indexOf("`.mvn/jvm.config`, one line:");
        assertThat(mention).as("docs/maven.md still gives a line for .mvn/jvm.config").isNotNegative();
        Matcher block = Pattern.compile("```\\n([^`]*?)\\n```").matcher(maven);
        assertThat(block.find(mention)).isTrue();
        return List.of(block.group(1).strip().split("\\s+"));
    }

    @Test
    void theJvmConfigLineOfTheMavenDocsIsTheLaunchersBuildSettings() throws IOException {
        String maven = read("docs/maven.md");
        List<String> script = buildDefaults(read("bin/smallwins"));
        List<String> documented = documentedJvmConfig(maven);

        // Huge pages are asked for only where the kernel offers them: the docs say when to add it.
        assertThat(script).contains(THP);
        List<String> always = new ArrayList<>(script);
        always.remove(THP);
        assertThat(documented).as("docs/maven.md's .mvn/jvm.config line against bin/smallwins' build settings")
                .containsExactlyElementsOf(always);
        int blockEnd = maven.indexOf("```", maven.indexOf(String.join(" ", documented))) + 3;
        String paragraphAfter = maven.substring(blockEnd, maven.indexOf("\n\n", blockEnd + 2));
        assertThat(paragraphAfter).contains("`" + THP + "`").contains("`[always]` or `[madvise]`");
    }

    @Test
    void theReadmeSaysWhereTheClassDataSharingArchiveIsAndHowToClearIt() throws IOException {
        String script = read("bin/smallwins");
        Matcher dir = Pattern.compile("(?m)^\\s*cds_dir=(.*)$").matcher(script);
        assertThat(dir.find()).as("bin/smallwins names its archive folder in a cds_dir= line").isTrue();
        List<String> variables = new ArrayList<>();
        Matcher variable = Pattern.compile("\\$\\{(\\w+):-").matcher(dir.group(1));
        while (variable.find()) {
            variables.add(variable.group(1));
        }
        assertThat(variables).as("the folders bin/smallwins looks in, in order")
                .containsExactly("SMALLWINS_CDS_DIR", "XDG_CACHE_HOME", "HOME");
        assertThat(dir.group(1)).contains("${HOME:-/nonexistent}/.cache}/smallwins");
        assertThat(script).contains("archive=\"$cds_dir/cds$flat.jsa\"").contains("\"$archive.stamp\"");

        String readme = read("README.md");
        int bullet = readme.indexOf("- `bin/smallwins` runs the same jar");
        assertThat(bullet).as("README's word on bin/smallwins in \"The command line\"").isNotNegative();
        String launcher = readme.substring(bullet, readme.indexOf("\n- ", bullet + 1)).replaceAll("\\s+", " ");
        assertThat(launcher).contains("The archives live in `$SMALLWINS_CDS_DIR` when it is set, else in"
                        + " `$XDG_CACHE_HOME/smallwins`, else in `~/.cache/smallwins`")
                .contains("delete the `cds*.jsa` files and their `cds*.jsa.stamp` files in that folder")
                .doesNotContain("(`~/.cache/smallwins/cds*.jsa`");
        String header = script.substring(0, script.indexOf("\nself="));
        assertThat(header.replaceAll("\\s*#\\s*", " ")).contains("SMALLWINS_CDS_DIR, else $XDG_CACHE_HOME/smallwins,"
                + " else ~/.cache/smallwins").contains("Deleting the cds*.jsa and cds*.jsa.stamp files");
    }
}
