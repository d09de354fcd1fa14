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
 * What the documentation says of bin/smallwins is read from the script itself: where README says
 * the class-data sharing archive is kept. A folder the script looks in shows here until the
 * documentation says it too.
 */
class LauncherDocTest {
    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
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
