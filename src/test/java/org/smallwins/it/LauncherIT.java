package org.smallwins.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/smallwins}, the documented way to run the command line: the jar, with its JVM settings. */
class LauncherIT {
    static final Path LAUNCHER = Path.of("bin/smallwins").toAbsolutePath();

    @TempDir
    Path tmp;

    private Cli.Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(List.of("sh", LAUNCHER.toString())));
        builder.command().addAll(List.of(args));
        builder.directory(tmp.toFile());
        builder.environment().remove("SMALLWINS_JAVA_OPTS");
        builder.environment().put("SMALLWINS_JAR", Cli.jar().toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Cli.Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
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
    void passesTheShortCommandSettingsToJavaAndLetsTheUserReplaceThem() throws Exception {
        Path fakeJava = tmp.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));

        String build = launch(Map.of("JAVA", fakeJava.toString()), "build", ".").out();
        String serve = launch(Map.of("JAVA", fakeJava.toString()), "serve", ".").out();
        String own = launch(Map.of("JAVA", fakeJava.toString(), "SMALLWINS_JAVA_OPTS", "-Xmx256m"), "build").out();

        // Huge pages only where the kernel offers them to programs that ask.
        String hugePages = hugePagesOffered() ? " -XX:+UseTransparentHugePages" : "";
        assertThat(build).startsWith("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" + hugePages + " -jar ")
                .endsWith(" build .\n");
        assertThat(serve).startsWith("-XX:+UseSerialGC" + hugePages + " -jar ").doesNotContain("TieredStopAtLevel");
        assertThat(own).startsWith("-Xmx256m -jar ");
    }

    private static boolean hugePagesOffered() throws java.io.IOException {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        if (!Files.isReadable(setting)) {
            return false;
        }
        String value = Files.readString(setting);
        return value.contains("[always]") || value.contains("[madvise]");
    }
}
