package org.smallwins.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code smallwins.jar} in its own JVM, as a user would. */
final class Cli {
    record Run(int exitCode, String out, String err) {
    }

    static Path jar() {
        String jar = System.getProperty("smallwins.jar", "target/smallwins.jar");
        return Path.of(jar).toAbsolutePath();
    }

    static Run run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return exec(workDir, command, env, "SOURCE_DATE_EPOCH", "SMALLWINS_PASSWORD");
    }

    /** The java running the tests. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Runs {@code bin/smallwins}, the documented launcher, with the jar under test and the tests'
     * java; its class archives go to {@code workDir/cds}, never the home folder's cache.
     * {@code env} is set last, so it may set any of these otherwise.
     */
    static Run launch(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("bin/smallwins").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Map<String, String> set = new LinkedHashMap<>(Map.of("SMALLWINS_JAR", jar().toString(),
                "JAVA", java(), "SMALLWINS_CDS_DIR", workDir.resolve("cds").toString()));
        set.putAll(env);
        return exec(workDir, command, set, "SMALLWINS_JAVA_OPTS", "SMALLWINS_CDS");
    }

    /**
     * Runs {@code command} in {@code workDir} with the variables in {@code unset} removed from this
     * process's environment and {@code env} added, and waits for it (five minutes at most).
     */
    static Run exec(Path workDir, List<String> command, Map<String, String> env, String... unset)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        for (String name : unset) {
            builder.environment().remove(name);
        }
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        // Read both streams fully; the outputs are small.
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, Map.of(), args);
    }

    private Cli() {
    }
}
