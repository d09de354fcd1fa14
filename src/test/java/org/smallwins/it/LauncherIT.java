package org.smallwins.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;

/** {@code bin/smallwins}, the documented way to run the command line: the jar, with its JVM settings. */
class LauncherIT {
    @TempDir
    Path tmp;

    private Cli.Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return Cli.launch(tmp, env, args);
    }

    @Test
    void buildsTheSampleJournalThroughTheJar() throws Exception {
        Path sample = Path.of("").toAbsolutePath();
        Path site = tmp.resolve("site");

        Cli.Run run = launch(Map.of(), "build", sample.toString(), "--output", site.toString(), "--today", "2026-11-24");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(run.out()).contains("Built ");
    }

    @Test
    void anEntryWithAnAccentInItsNameGetsTheSameAddressWhereNoLocaleIsSet() throws Exception {
        // Java reads file names as ASCII where no locale is set (cron, some services): "café" was
        // "caf??", and the page went to caf/. The launcher picks a UTF-8 locale then; the jar run
        // by hand says what to do instead of building another site.
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-01-01-walk.md",
                "---\ntitle: Walk\n---\nA walk.\n");
        // Made by the shell: a test JVM without a UTF-8 locale could not name the file itself.
        JournalFiles.writeWithRawName(journal, "content/wins/2025-01-02-caf\\303\\251.md",
                "---\ntitle: Tea\n---\nTea.\n");
        List<String> noLocale = List.of("LANG", "LC_ALL", "LC_CTYPE", "SMALLWINS_JAVA_OPTS", "SMALLWINS_CDS");

        Cli.Run launched = Cli.exec(tmp, List.of("sh", Path.of("bin/smallwins").toAbsolutePath().toString(), "build",
                journal.toString(), "--output", tmp.resolve("site").toString()), Map.of("SMALLWINS_JAR", Cli.jar().toString(),
                "JAVA", Cli.java(), "SMALLWINS_CDS", "off"), noLocale.toArray(String[]::new));
        Cli.Run byHand = Cli.exec(tmp, List.of(Cli.java(), "-jar", Cli.jar().toString(), "build", journal.toString(),
                "--output", tmp.resolve("by-hand").toString()), Map.of(), noLocale.toArray(String[]::new));

        assertThat(launched.exitCode()).as(launched.err()).isZero();
        assertThat(tmp.resolve("site/2025/01/02/cafe/index.html")).isRegularFile();
        assertThat(byHand.exitCode()).isEqualTo(1);
        assertThat(byHand.err()).contains("content/wins/2025-01-02-caf").contains("Run Smallwins with a UTF-8 locale,"
                + " like LANG=C.UTF-8, or rename the file with plain letters.");
        assertThat(tmp.resolve("by-hand")).doesNotExist();
    }

    @Test
    void passesTheShortCommandSettingsToJavaAndLetsTheUserReplaceThem() throws Exception {
        Path fakeJava = tmp.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));

        Map<String, String> env = Map.of("JAVA", fakeJava.toString(), "SMALLWINS_CDS", "off");
        String build = launch(env, "build", ".").out();
        String serve = launch(env, "serve", ".").out();
        String own = launch(Map.of("JAVA", fakeJava.toString(), "SMALLWINS_CDS", "off", "SMALLWINS_JAVA_OPTS", "-Xmx256m"),
                "build").out();

        // Huge pages only where the kernel offers them to programs that ask.
        String hugePages = hugePagesOffered() ? " -XX:+UseTransparentHugePages" : "";
        assertThat(build).startsWith("-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.25 -XX:C1MaxInlineSize=20 -XX:CICompilerCount=1"
                        + " -XX:+UseParallelGC"
                        + " -XX:MaxTenuringThreshold=0 -XX:MaxNewSize=128m -XX:InitialRAMPercentage=12" + hugePages + " -jar ")
                .endsWith(" build .\n");
        assertThat(serve).startsWith("-XX:+UseSerialGC" + hugePages + " -jar ").doesNotContain("TieredStopAtLevel");
        assertThat(own).startsWith("-Xmx256m -jar ");
    }

    @Test
    void aLinkToTheLauncherFindsTheJarOfItsCheckout() throws Exception {
        Path fakeJava = tmp.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        // As a user links it into a folder on their PATH, like ~/.local/bin.
        Path link = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("local-bin")).resolve("smallwins"),
                Path.of("bin/smallwins").toAbsolutePath());

        Cli.Run run = Cli.exec(tmp, List.of("sh", link.toString(), "--version"),
                Map.of("JAVA", fakeJava.toString(), "SMALLWINS_CDS", "off"), "SMALLWINS_JAR", "SMALLWINS_JAVA_OPTS");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(" -jar " + Path.of("bin").toAbsolutePath() + "/../target/smallwins.jar --version");
    }

    @Test
    void theFirstBuildArchivesItsClassesForLaterRunsAndANewJarGetsANewArchive() throws Exception {
        String realJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Files.copy(Cli.jar(), tmp.resolve("smallwins.jar"));
        // A space in the path, as in many home folders: the archive's path must stay one argument.
        Path cds = tmp.resolve("class archives");
        Path calls = tmp.resolve("java-calls.txt");
        // Logs how it was called, then runs the real java.
        Path wrapper = tmp.resolve("java");
        Files.writeString(wrapper, "#!/bin/sh\necho \"$@\" >> '" + calls + "'\nexec '" + realJava + "' \"$@\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = Map.of("JAVA", wrapper.toString(), "SMALLWINS_JAR", jar.toString(),
                "SMALLWINS_CDS_DIR", cds.toString());
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\nA walk.\n");
        String[] build = {"build", journal.toString(), "--output", tmp.resolve("site").toString(), "--today", "2026-11-24"};

        Cli.Run first = launch(env, build);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        List<Path> made = files(cds);
        assertThat(made).hasSize(2).allMatch(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".jsa.stamp"));
        Path archive = made.stream().filter(p -> p.toString().endsWith(".jsa")).findFirst().orElseThrow();
        assertThat(Files.readAllLines(calls).get(0)).contains("-XX:ArchiveClassesAtExit=" + archive + ".");
        // -Xshare:on makes the JVM refuse to start unless it can map the archive for this jar.
        Process check = new ProcessBuilder(realJava, "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-jar",
                jar.toString(), "--version").redirectErrorStream(true).start();
        assertThat(new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("smallwins ");
        assertThat(check.waitFor()).isZero();

        Cli.Run second = launch(env, build);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(Files.readAllLines(calls).get(1)).contains("-XX:SharedArchiveFile=" + archive + " ")
                .doesNotContain("ArchiveClassesAtExit");

        // A rebuilt jar: the old archive would be skipped by the JVM, so a new one replaces it.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 3_600_000));
        assertThat(launch(env, build).exitCode()).isZero();
        assertThat(Files.readAllLines(calls).get(2)).contains("-XX:ArchiveClassesAtExit=");
        assertThat(files(cds)).hasSize(2).contains(archive);
        assertThat(Files.readAllLines(calls)).hasSize(3);
    }

    @Test
    void aFailedBuildLeavesNoArchiveAndCdsCanBeTurnedOff() throws Exception {
        Path cds = tmp.resolve("cds");
        Cli.Run failed = launch(Map.of("SMALLWINS_CDS_DIR", cds.toString()), "build", tmp.resolve("nowhere").toString());
        assertThat(failed.exitCode()).isEqualTo(2);
        // A cut-short archive would crash the JVMs that map it: only a finished run's is kept.
        assertThat(files(cds)).isEmpty();

        Path fakeJava = tmp.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        String off = launch(Map.of("JAVA", fakeJava.toString(), "SMALLWINS_CDS_DIR", cds.toString(), "SMALLWINS_CDS", "off"),
                "build", ".").out();
        assertThat(off).doesNotContain("Archive").doesNotContain("Shared");
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    private static boolean hugePagesOffered() throws IOException {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        if (!Files.isReadable(setting)) {
            return false;
        }
        String value = Files.readString(setting);
        return value.contains("[always]") || value.contains("[madvise]");
    }
}
