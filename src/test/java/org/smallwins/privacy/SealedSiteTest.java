package org.smallwins.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.config.SettingsLoader;
import org.smallwins.load.Slugs;
import org.smallwins.model.Entry;
import org.smallwins.model.Privacy;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

/**
 * The sample journal built with encryption on: nothing of any entry can be read in any output file
 * or file name, yet every page decrypts with the password and its links lead to pages that exist.
 */
class SealedSiteTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Pattern SEALED = Pattern.compile("(<script type=\"text/plain\" id=\"smallwins-sealed\"[^>]*>)([^<]*)(</script>)");
    static final Pattern CARRIED = Pattern.compile(
            "(<script type=\"text/plain\" data-smallwins-file=\"([0-9a-f]+)\">)([^<]*)(</script>)");
    static final Pattern SKETCH = Pattern.compile(
            "<img src=\"#smallwins-file/([0-9a-f]{20})/image/svg\\+xml\" alt=\"My pencil sketch of a heron");
    static final Pattern HREF = Pattern.compile("\\s(?:href|src)=\"([^\"#?]*)[^\"]*\"");

    @TempDir
    static Path tmp;
    static Path journal;
    static Path out;
    static BuildResult built;
    static long buildMillis;

    @BeforeAll
    static void build() {
        journal = EncryptedJournal.copy(tmp.resolve("journal"), EncryptedJournal.PASSWORD);
        out = tmp.resolve("out");
        long start = System.nanoTime();
        built = new Smallwins().build(BuildRequest.of(journal, out).withToday(TODAY).withPrivate(true));
        buildMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Encrypted build of the sample journal: " + buildMillis + " ms "
                + built.timings());
    }

    @Test
    void noEntryTextTitleTagOrDateIsReadableInAnyFileOrName() {
        List<Entry> entries = built.journal().entries();
        assertThat(entries).hasSizeGreaterThan(20);
        assertThat(entries).anyMatch(Entry::privateEntry);
        Set<String> secrets = secrets(entries);
        Map<String, byte[]> files = JournalFiles.read(out);
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = withoutCiphertext(new String(file.getValue(), StandardCharsets.UTF_8));
            for (String secret : secrets) {
                if (text.contains(secret) || file.getKey().contains(secret)) {
                    found.add(file.getKey() + ": " + secret);
                }
            }
        }
        assertThat(found).isEmpty();

        // The same search finds them in a site built without encryption: the check can see a leak.
        Map<String, byte[]> plain = JournalFiles.read(plainBuild());
        long seen = secrets.stream().filter(secret -> plain.entrySet().stream()
                .anyMatch(f -> f.getKey().contains(secret)
                        || new String(f.getValue(), StandardCharsets.UTF_8).contains(secret))).count();
        assertThat(seen).isGreaterThan(secrets.size() * 9L / 10);
    }

    @Test
    void everyPageButTheHomeAndNotFoundPagesHasAnOpaqueNameAtTheTop() {
        List<String> pages = JournalFiles.read(out).keySet().stream().filter(p -> p.endsWith(".html")).toList();
        assertThat(pages).contains("index.html", "404.html");
        assertThat(pages).hasSizeGreaterThan(built.journal().entries().size());
        for (String page : pages) {
            if (!page.equals("index.html") && !page.equals("404.html")) {
                assertThat(page).matches("[0-9a-f]{20}\\.html");
            }
        }
        assertThat(JournalFiles.read(out).keySet()).noneMatch(p -> p.endsWith(".json") || p.endsWith(".xml"));
    }

    @Test
    void everyPageDecryptsWithThePasswordAndItsLinksLeadToFilesThatExist() throws Exception {
        JournalKey key = keyFromOutput(EncryptedJournal.PASSWORD);
        Map<String, byte[]> files = JournalFiles.read(out);
        Set<String> titlesSeen = new LinkedHashSet<>();
        for (String page : files.keySet().stream().filter(p -> p.endsWith(".html")).toList()) {
            String html = decrypt(key, new String(files.get(page), StandardCharsets.UTF_8));
            assertThat(html).startsWith("<!doctype html>").contains("Get help now");
            Matcher m = HREF.matcher(html);
            while (m.find()) {
                String target = m.group(1);
                if (target.isEmpty() || target.contains(":")) {
                    continue;
                }
                String path = page.equals("404.html") ? target.substring(1) : target;
                assertThat(files).as("link from " + page).containsKey(path.isEmpty() ? "index.html" : path);
            }
            for (Entry entry : built.journal().entries()) {
                if (html.contains("<h1 class=\"entry__title\">" + escape(entry.title()) + "</h1>")) {
                    titlesSeen.add(entry.title());
                }
            }
        }
        assertThat(titlesSeen).hasSize(built.journal().entries().size());
    }

    @Test
    void theHeronSketchBesideItsEntryIsCarriedEncryptedByThePagesThatShowItAndNamedNowhere() throws Exception {
        byte[] sketch = Files.readAllBytes(journal.resolve("content/wins/heron-sketch.svg"));
        String sketchTitle = "A pencil sketch of a heron standing still";
        assertThat(new String(sketch, StandardCharsets.UTF_8)).contains(sketchTitle);
        String sketchBase64 = Base64.getEncoder().encodeToString(sketch).substring(0, 40);
        Map<String, byte[]> files = JournalFiles.read(out);
        assertThat(files.keySet()).noneMatch(p -> p.contains("heron") || p.startsWith("files/"));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertThat(text).as(file.getKey()).doesNotContain("heron-sketch").doesNotContain(sketchTitle)
                    .doesNotContain(sketchBase64);
        }

        JournalKey key = keyFromOutput(EncryptedJournal.PASSWORD);
        List<String> showing = new ArrayList<>();
        for (String page : files.keySet().stream().filter(p -> p.endsWith(".html")).toList()) {
            String shell = new String(files.get(page), StandardCharsets.UTF_8);
            Matcher shown = SKETCH.matcher(decrypt(key, shell));
            if (!shown.find()) {
                continue;
            }
            showing.add(page);
            Matcher carried = CARRIED.matcher(shell);
            assertThat(carried.find()).as(page).isTrue();
            assertThat(carried.group(2)).isEqualTo(shown.group(1));
            assertThat(key.open(Base64.getDecoder().decode(carried.group(3)))).isEqualTo(sketch);
        }
        assertThat(showing).contains(key.fileName("2026/06/20/a-heron-sketch/index.html"));
        assertThat(built.warnings()).noneMatch(w -> w.message().contains("beside the entries"));
    }

    @Test
    void aWrongPasswordOpensNothing() {
        JournalKey wrong = keyFromOutput("correct horse battery stapler");
        String home = JournalFiles.text(out.resolve("index.html"));
        assertThatThrownBy(() -> decrypt(wrong, home)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void aRebuildIntoTheSameFolderChangesNoFile() {
        Map<String, byte[]> before = JournalFiles.read(out);
        Path copy = tmp.resolve("again");
        BuildResult again = new Smallwins().build(BuildRequest.of(journal, out).withToday(TODAY).withPrivate(true));
        assertThat(again.written()).isZero();
        Map<String, byte[]> after = JournalFiles.read(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
        assertThat(copy).doesNotExist();
    }

    @Test
    void staticFilesAreNamedInAWarningBecauseTheyStayReadable() {
        assertThat(built.warnings()).anySatisfy(w -> assertThat(w.message())
                .contains("static/").contains("images/sunrise.svg"));
    }

    @Test
    void aShortPasswordIsWarnedAbout(@TempDir Path dir) {
        Path shortOne = EncryptedJournal.copy(dir.resolve("journal"), "tulips");
        BuildResult result = new Smallwins().render(BuildRequest.of(shortOne, dir.resolve("out")).withToday(TODAY));
        assertThat(result.warnings()).map(Problem::message).anyMatch(m -> m.contains("shorter than 12 characters"));
        assertThat(built.warnings()).map(Problem::message).noneMatch(m -> m.contains("shorter than 12"));
    }

    @Test
    void encryptionWithoutAPasswordStopsTheBuild(@TempDir Path dir) throws Exception {
        Path noPassword = EncryptedJournal.copy(dir.resolve("journal"), "unused");
        Files.delete(noPassword.resolve(".password"));
        assertThatThrownBy(() -> new Smallwins().render(BuildRequest.of(noPassword, dir.resolve("out"))))
                .isInstanceOf(JournalException.class)
                .satisfies(e -> assertThat(((JournalException) e).problems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo("privacy.passwordFile");
                    assertThat(p.line()).isEqualTo(lineOf(noPassword, "passwordFile:")).isPositive();
                    assertThat(p.message()).contains(".password").contains("SMALLWINS_PASSWORD");
                }));
    }

    @Test
    void encryptionWithNoPasswordAnywhereNamesTheLineOfEncrypt(@TempDir Path dir) throws Exception {
        Path journal = EncryptedJournal.copy(dir.resolve("journal"), "unused");
        Files.writeString(journal.resolve("journal.yml"), Files.readString(journal.resolve("journal.yml"))
                .replace("passwordFile: .password", ""));
        List<Problem> problems = new ArrayList<>();
        Privacy privacy = SettingsLoader.load(journal).settings().privacy();

        assertThat(Password.find(journal, privacy, name -> null, problems)).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("privacy.encrypt");
            assertThat(p.line()).isEqualTo(lineOf(journal, "encrypt:")).isPositive();
        });
    }

    /** The line of journal.yml that holds {@code text}. */
    private static int lineOf(Path journal, String text) throws IOException {
        List<String> lines = Files.readAllLines(journal.resolve("journal.yml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void aPasswordFileInsideStaticIsRefusedBecauseItWouldBePublished(@TempDir Path dir) throws Exception {
        Path journal = EncryptedJournal.copy(dir.resolve("journal"), EncryptedJournal.PASSWORD);
        Files.writeString(journal.resolve("journal.yml"), Files.readString(journal.resolve("journal.yml"))
                .replace("passwordFile: .password", "passwordFile: static/pw.txt"));
        JournalFiles.write(journal, "static/pw.txt", EncryptedJournal.PASSWORD);
        assertThatThrownBy(() -> new Smallwins().render(BuildRequest.of(journal, dir.resolve("out"))))
                .isInstanceOf(JournalException.class)
                .satisfies(e -> assertThat(((JournalException) e).problems()).anySatisfy(p -> {
                    assertThat(p.message()).contains("inside static/");
                    assertThat(p.toString()).startsWith("journal.yml:" + lineOf(journal, "passwordFile:")
                            + ": privacy.passwordFile: ");
                }));
    }

    @Test
    void aPasswordFileReachedThroughALinkIntoStaticIsRefusedToo(@TempDir Path dir) throws Exception {
        Path journal = EncryptedJournal.copy(dir.resolve("journal"), EncryptedJournal.PASSWORD);
        Files.writeString(journal.resolve("journal.yml"), Files.readString(journal.resolve("journal.yml"))
                .replace("passwordFile: .password", "passwordFile: secrets/pw.txt"));
        JournalFiles.write(journal, "static/keep/pw.txt", EncryptedJournal.PASSWORD);
        Files.createSymbolicLink(journal.resolve("secrets"), journal.resolve("static/keep"));

        assertThatThrownBy(() -> new Smallwins().render(BuildRequest.of(journal, dir.resolve("out"))))
                .isInstanceOf(JournalException.class)
                .satisfies(e -> assertThat(((JournalException) e).problems()).anySatisfy(p -> assertThat(p.message())
                        .contains("'secrets/pw.txt' is inside static/")));
    }

    @Test
    void privateEntriesNeedEncryption(@TempDir Path dir) {
        Path sample = JournalFiles.sampleJournal();
        assertThatThrownBy(() -> new Smallwins().render(BuildRequest.of(sample, dir.resolve("out")).withPrivate(true)))
                .isInstanceOf(JournalException.class)
                .satisfies(e -> assertThat(((JournalException) e).problems()).anySatisfy(p -> assertThat(p.message())
                        .contains("only on an encrypted site").contains("encrypt: true").contains("without --private")));
    }

    static Path plainBuild() {
        Path plain = tmp.resolve("plain");
        if (!Files.exists(plain)) {
            new Smallwins().build(BuildRequest.of(JournalFiles.sampleJournal(), plain).withToday(TODAY));
        }
        return plain;
    }

    /** Titles, tags, dates and runs of five plain words from every body: none may show. */
    static Set<String> secrets(List<Entry> entries) {
        Set<String> secrets = new LinkedHashSet<>();
        Pattern run = Pattern.compile("(?<![\\w'’])[A-Za-z]+(?: [A-Za-z]+){4}(?![\\w'’])");
        for (Entry entry : entries) {
            secrets.add(escape(entry.title()));
            secrets.add(entry.date().toString());
            secrets.add(String.format("%04d/%02d/%02d", entry.date().getYear(), entry.date().getMonthValue(),
                    entry.date().getDayOfMonth()));
            // Slugs and tags are short everyday words ("body", "walk"): looked for where pages put them.
            secrets.add("/" + entry.slug() + "/");
            for (String tag : entry.tags()) {
                secrets.add("#</span>" + escape(tag));
                secrets.add(">" + escape(tag) + "<");
                secrets.add("tags/" + Slugs.slugify(tag) + "/");
            }
            Matcher m = run.matcher(entry.body().replaceAll("\\s+", " "));
            while (m.find()) {
                secrets.add(m.group());
            }
        }
        return secrets;
    }

    static String withoutCiphertext(String html) {
        Matcher m = SEALED.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // Only base64 may stand there, so nothing readable can hide in it.
            assertThat(m.group(2)).matches("[A-Za-z0-9+/=]+");
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(3)));
        }
        m.appendTail(out);
        Matcher carried = CARRIED.matcher(out.toString());
        StringBuilder withoutFiles = new StringBuilder();
        while (carried.find()) {
            assertThat(carried.group(3)).matches("[A-Za-z0-9+/=]+");
            carried.appendReplacement(withoutFiles, Matcher.quoteReplacement(carried.group(1) + carried.group(4)));
        }
        carried.appendTail(withoutFiles);
        return withoutFiles.toString();
    }

    static JournalKey keyFromOutput(String password) {
        String[] state = JournalFiles.text(out.resolve(SealedSite.SALT_FILE)).trim().split(" ");
        assertThat(Integer.parseInt(state[1])).isGreaterThanOrEqualTo(600_000);
        return JournalKey.derive(password.toCharArray(), HexFormat.of().parseHex(state[0]), Integer.parseInt(state[1]));
    }

    static String decrypt(JournalKey key, String shell) throws GeneralSecurityException {
        Matcher m = SEALED.matcher(shell);
        assertThat(m.find()).isTrue();
        return new String(key.open(Base64.getDecoder().decode(m.group(2))), StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
