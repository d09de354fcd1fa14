package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A switch given as anything but true or false ({@code -Dsmallwins.drafts=yes}) fails naming the
 * parameter, as a bad number does, instead of being read as false: Maven's own conversion made the
 * build leave the drafts out (or build when asked to skip) without a word.
 */
class TrueOrFalseTest {
    @TempDir
    Path tmp;

    @Test
    void trueAndFalseInAnyCaseAndNothingAsTheDefault() throws MojoFailureException {
        assertThat(AbstractJournalMojo.trueOrFalse("drafts", "true")).isTrue();
        assertThat(AbstractJournalMojo.trueOrFalse("drafts", " TRUE ")).isTrue();
        assertThat(AbstractJournalMojo.trueOrFalse("drafts", "False")).isFalse();
        assertThat(AbstractJournalMojo.trueOrFalse("drafts", null)).isFalse();
        assertThat(AbstractJournalMojo.trueOrFalse("drafts", "")).isFalse();
    }

    @Test
    void anythingElseFailsNamingTheParameterAndWhatToWrite() {
        MojoFailureException e = catchThrowableOfType(() -> AbstractJournalMojo.trueOrFalse("drafts", "yes"),
                MojoFailureException.class);
        assertThat(e.getMessage()).isEqualTo("smallwins.drafts yes is neither true nor false: write true or false,"
                + " like -Dsmallwins.drafts=true or <drafts>true</drafts> in the plugin's configuration.");
    }

    @Test
    void everyGoalsSwitchesAreReadThatWay() throws Exception {
        Path journal = Files.createDirectories(tmp.resolve("journal"));
        Files.createDirectories(journal.resolve("content"));
        Files.writeString(journal.resolve("journal.yml"), "title: Mine\n");
        String[][] switches = {{"build", "drafts"}, {"build", "private"}, {"build", "skip"}, {"check", "drafts"},
                {"check", "skip"}, {"stats", "json"}, {"stats", "forceStdout"}, {"stats", "private"}, {"serve", "drafts"}};
        for (String[] goalAndSwitch : switches) {
            AbstractJournalMojo mojo = switch (goalAndSwitch[0]) {
                case "build" -> new BuildMojo();
                case "check" -> new CheckMojo();
                case "stats" -> new StatsMojo();
                default -> new ServeMojo();
            };
            set(mojo, "journalDirectory", journal.toFile());
            set(mojo, "output", tmp.resolve("site").toString());
            set(mojo, "basedir", journal.toFile());
            set(mojo, "port", "0");
            set(mojo, "bind", "127.0.0.1");
            set(mojo, "type", "win");
            set(mojo, goalAndSwitch[1].equals("private") ? "privateEntries" : goalAndSwitch[1], "yes");
            MojoFailureException e = catchThrowableOfType(mojo::execute, MojoFailureException.class);
            assertThat(e).as(goalAndSwitch[0] + " " + goalAndSwitch[1]).isNotNull();
            assertThat(e.getMessage()).startsWith("smallwins." + goalAndSwitch[1] + " yes is neither true nor false");
        }
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    private static void set(AbstractMojo mojo, String name, Object value) throws IllegalAccessException {
        for (Class<?> type = mojo.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value instanceof File || field.getType() == String.class ? value : null);
                return;
            } catch (NoSuchFieldException e) {
                // in a superclass
            }
        }
    }
}
