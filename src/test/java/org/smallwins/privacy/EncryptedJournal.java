package org.smallwins.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.smallwins.JournalFiles;

/** A copy of the sample journal with encryption turned on and its password in a file. */
public final class EncryptedJournal {
    public static final String PASSWORD = "correct horse battery staple";

    private EncryptedJournal() {
    }

    /**
     * Copies the sample journal into {@code dir} and appends {@code privacy:} to its journal.yml, with
     * the password in a file; a null password leaves it to SMALLWINS_PASSWORD.
     */
    public static Path copy(Path dir, String password) {
        Path sample = JournalFiles.sampleJournal();
        try {
            for (String part : new String[] {"content", "static"}) {
                Path from = sample.resolve(part);
                try (Stream<Path> walk = Files.walk(from)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        Path to = dir.resolve(part).resolve(from.relativize(file).toString());
                        Files.createDirectories(to.getParent());
                        Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            String settings = Files.readString(sample.resolve("journal.yml"), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("journal.yml"), settings + "\nprivacy:\n  encrypt: true\n"
                    + (password == null ? "" : "  passwordFile: .password\n"), StandardCharsets.UTF_8);
            if (password != null) {
                Files.writeString(dir.resolve(".password"), password + "\n", StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The opaque file name the site built into {@code site} with {@code password} gives the page at
     * {@code path} ("2026/06/20/a-heron-sketch/index.html"), from the salt it remembers.
     */
    public static String pageName(Path site, String password, String path) {
        String[] state = JournalFiles.text(site.resolve(SealedSite.SALT_FILE)).trim().split(" ");
        return JournalKey.derive(password.toCharArray(), HexFormat.of().parseHex(state[0]),
                Integer.parseInt(state[1])).fileName(path);
    }
}
