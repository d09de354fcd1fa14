package org.smallwins.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.config.SettingsLoader;
import org.smallwins.load.JournalLoader;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Journal;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.ProblemList;

class JournalInitTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path tmp;

    private JournalInit.Result init(Path dir) {
        return JournalInit.create(new JournalInit.Request(dir, LONDON, TODAY));
    }

    @Test
    void makesAJournalWithEveryFile() {
        Path dir = tmp.resolve("my-journal");
        JournalInit.Result result = init(dir);

        assertThat(result.created()).containsExactly("journal.yml", "content/wins/2026-11-24-welcome.md",
                "content/reflections/2026-11-24-first-reflection.md", "pom.xml", ".gitignore");
        assertThat(result.kept()).isEmpty();
        for (String file : result.created()) {
            assertThat(dir.resolve(file)).isRegularFile();
        }
        assertThat(JournalFiles.text(dir.resolve(".gitignore"))).contains("public/").contains("target/").contains("\n.password\n")
                .contains("\n.*.smallwins-cache\n").contains("\n.*.smallwins-lock\n");
    }

    @Test
    void journalYmlShowsEverySettingAndLoadsWithoutProblems() {
        Path dir = tmp.resolve("j");
        init(dir);

        SettingsLoader.Result settings = SettingsLoader.load(dir);
        assertThat(settings.problems()).isEmpty();
        assertThat(settings.settings().timezone()).isEqualTo(LONDON);
        String yml = JournalFiles.text(dir.resolve("journal.yml"));
        for (String key : new String[] {"title", "author", "description", "locale", "timezone", "theme", "basePath",
                "weekStart", "prettyLinks", "params"}) {
            assertThat(yml).as(key).containsPattern("(?m)^" + key + ":.*");
        }
        // Every active setting carries a comment that says what it does.
        assertThat(yml.lines().filter(l -> l.matches("^[a-zA-Z]+:.*")))
                .allSatisfy(line -> assertThat(line).contains("#"));
    }

    @Test
    void theCommentedPrivacyAndSupportExamplesLoadOnceUncommentedAndHoldNoRealNumbers() throws Exception {
        Path dir = tmp.resolve("j");
        init(dir);
        String yml = JournalFiles.text(dir.resolve("journal.yml"));
        assertThat(yml).contains("# support:").contains("# privacy:");
        String uncommented = yml.replaceAll("(?m)^# ((?:support|privacy|  ).*)$", "$1");
        Files.writeString(dir.resolve("journal.yml"), uncommented);

        SettingsLoader.Result settings = SettingsLoader.load(dir);
        assertThat(settings.problems()).isEmpty();
        assertThat(settings.settings().privacy().encrypt()).isTrue();
        assertThat(settings.settings().support().people()).isNotEmpty();
        assertThat(settings.settings().support().crisisLines()).isNotEmpty();
        assertThat(settings.settings().support().safetyPlan()).isNotNull();
        // Placeholders only: every digit of every number is a zero.
        settings.settings().support().people().forEach(c -> assertThat(c.phone()).matches("[0 ]+"));
        settings.settings().support().crisisLines().forEach(c -> assertThat(c.phone()).matches("[0 ]+"));
    }

    @Test
    void theFirstEntriesLoadCleanAndAreDatedToday() {
        Path dir = tmp.resolve("j");
        init(dir);

        ProblemList problems = new ProblemList();
        Journal journal = new JournalLoader(dir, SettingsLoader.load(dir).settings())
                .load(new JournalLoader.Selection(false, false), TODAY, problems);

        assertThat(problems.sorted()).isEmpty();
        assertThat(journal.entries()).extracting(Entry::type).containsExactlyInAnyOrder(EntryType.WIN, EntryType.REFLECTION);
        assertThat(journal.entries()).extracting(Entry::date).containsOnly(TODAY);
    }

    @Test
    void theNewJournalBuildsWithoutWarningsAndTheWelcomeLinkWorks() {
        Path dir = tmp.resolve("j");
        init(dir);

        BuildResult result = new Smallwins().render(BuildRequest.of(dir, tmp.resolve("out")).withToday(TODAY));

        assertThat(result.warnings()).isEmpty();
        String welcome = new String(result.site().files().stream()
                .filter(f -> f.path().equals("2026/11/24/welcome/index.html")).findFirst().orElseThrow().content(),
                StandardCharsets.UTF_8);
        assertThat(welcome).contains("2026/11/24/first-reflection/index.html");
    }

    @Test
    void pomUsesThePluginAtThisToolsVersion() {
        Path dir = tmp.resolve("Robin's Journal");
        init(dir);

        String pom = JournalFiles.text(dir.resolve("pom.xml"));
        assertThat(pom).contains("<packaging>pom</packaging>")
                .contains("<artifactId>robin-s-journal</artifactId>")
                .contains("<groupId>org.smallwins</groupId>")
                .contains("<artifactId>smallwins-maven-plugin</artifactId>")
                .contains("<version>" + ToolVersion.current() + "</version>")
                .contains("<extensions>true</extensions>")
                .doesNotContain("{{");
    }

    @Test
    void theFallbackVersionIsThePomVersion() {
        String pom = JournalFiles.text(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>smallwins-maven-plugin</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("the project's own version in pom.xml").isTrue();
        assertThat(ToolVersion.FALLBACK).isEqualTo(m.group(1));
    }

    @Test
    void refusesAFolderWithJournalYmlAndChangesNothing() {
        Path dir = JournalFiles.write(tmp.resolve("j"), "journal.yml", "title: Mine\n");
        Map<String, byte[]> before = JournalFiles.read(dir);

        assertThatThrownBy(() -> init(dir)).isInstanceOf(JournalException.class)
                .hasMessageContaining("journal.yml").hasMessageContaining("already holds a journal");
        assertThat(JournalFiles.read(dir)).containsOnlyKeys(before.keySet());
        assertThat(JournalFiles.text(dir.resolve("journal.yml"))).isEqualTo("title: Mine\n");
    }

    @Test
    void refusesAFolderWithContent() {
        Path dir = JournalFiles.write(tmp.resolve("j"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n");

        assertThatThrownBy(() -> init(dir)).isInstanceOf(JournalException.class).hasMessageContaining("content");
        assertThat(dir.resolve("journal.yml")).doesNotExist();
        assertThat(dir.resolve("pom.xml")).doesNotExist();
    }

    @Test
    void keepsAPomAndGitignoreThatAreAlreadyThere() {
        Path dir = JournalFiles.write(tmp.resolve("j"), "pom.xml", "<project>mine</project>", ".gitignore", "*.log\n");

        JournalInit.Result result = init(dir);

        assertThat(result.kept()).containsExactly("pom.xml", ".gitignore");
        assertThat(JournalFiles.text(dir.resolve("pom.xml"))).isEqualTo("<project>mine</project>");
        assertThat(JournalFiles.text(dir.resolve(".gitignore"))).isEqualTo("*.log\n");
        assertThat(dir.resolve("journal.yml")).exists();
    }

    @Test
    void refusesAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> init(file)).isInstanceOf(JournalException.class).hasMessageContaining("is a file");
        assertThat(file).hasContent("hello");
    }

    @Test
    void aComputersZoneWithoutARegionNameBecomesUtc() {
        assertThat(JournalInit.defaultZone().getId()).satisfiesAnyOf(
                id -> assertThat(id).isEqualTo("UTC"),
                id -> assertThat(id).contains("/").doesNotStartWith("Etc/"));
    }
}
