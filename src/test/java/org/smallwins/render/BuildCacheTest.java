package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.problem.Problem;
import org.smallwins.site.SiteFile;

/** The on-disk build cache: what one build saves, the next reads back exactly, or not at all. */
class BuildCacheTest {
    @TempDir
    Path dir;

    private static Entry entry(String source) {
        return new Entry(source, "t", LocalDateTime.of(2025, 1, 1, 0, 0), false, EntryType.WIN, "x", List.of(),
                null, null, null, null, List.of(), null, false, false, false, null, Map.of(), "body", 4, Map.of());
    }

    /** A view with every kind of value a view may hold, nested, including text that is not ASCII. */
    private static Map<String, Object> view(int n) {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("none", null);
        nested.put("yes", true);
        nested.put("no", false);
        nested.put("long", 1L << 40);
        nested.put("double", 2.5);
        nested.put("decimal", new BigDecimal("1.10"));  // front matter's decimals, digits as written
        List<Object> list = new ArrayList<>(List.of("a", 1, List.of(), Map.of()));
        list.add(null);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", "Café ☕ " + n);
        view.put("html", "<p>" + "x".repeat(5000 + n) + "</p>");
        view.put("count", n);
        view.put("nested", nested);
        view.put("list", list);
        return view;
    }

    private static RenderCache filled(int views) {
        RenderCache cache = new RenderCache();
        for (int i = 0; i < views; i++) {
            String source = "content/wins/" + i + ".md";
            List<Problem> problems = i % 3 == 0
                    ? List.of(Problem.warning(source, 7, "mood", "a warning " + i), Problem.error(null, 0, null, "é"))
                    : List.of();
            List<SitePages.Link> siteLinks = i % 2 == 0
                    ? List.of(new SitePages.Link("/tags/walk/", 4, "tags/walk/"), new SitePages.Link("../../../../../x", 5, null))
                    : List.of();
            cache.views.put(source, new RenderCache.View(entry(source), "links" + i, view(i), "hash" + i, problems,
                    "key" + i, siteLinks, null));
        }
        cache.pages.put("index.html", RenderCache.Rendered.of("print", new SiteFile("index.html", new byte[] {1, 2, 3}),
                new SiteFile("index.html", new byte[] {1, 2, 3})));
        return cache;
    }

    @Test
    void readsBackEveryViewAndPageItSaved() {
        Path file = dir.resolve(".public.smallwins-cache");
        // More views than one group the save encodes at a time: groups are written in order.
        RenderCache saved = filled(600);
        BuildCache.save(file, "the key", saved);

        RenderCache loaded = new RenderCache();
        BuildCache.load(file, "the key", dir.resolve("public"), loaded);

        assertThat(loaded.stored.views()).hasSize(600);
        for (RenderCache.View view : saved.views.values()) {
            RenderCache.StoredView read = loaded.stored.views().get(view.entry().source());
            assertThat(read.entryKey()).isEqualTo(view.entryKey());
            assertThat(read.linkVersion()).isEqualTo(view.linkVersion());
            assertThat(read.hash()).isEqualTo(view.hash());
            assertThat(read.problems()).isEqualTo(view.problems());
            assertThat(read.siteLinks()).isEqualTo(view.siteLinks());
            // Same values of the same types (an Integer stays an Integer, a Long a Long).
            assertThat(read.view()).isEqualTo(view.view());
            assertThat(((Map<?, ?>) read.view().get("nested")).get("long")).isInstanceOf(Long.class);
            assertThat(read.view().get("count")).isInstanceOf(Integer.class);
            assertThat(((Map<?, ?>) read.view().get("nested")).get("decimal")).hasToString("1.10");
        }
        assertThat(loaded.stored.pages()).containsOnlyKeys("index.html");
        RenderCache.StoredPage page = loaded.stored.pages().get("index.html");
        assertThat(page.fingerprint()).isEqualTo("print");
        assertThat(page.length()).isEqualTo(3);
        assertThat(page.checksum()).isEqualTo(BuildCache.checksum(new byte[] {1, 2, 3}));
    }

    @Test
    void anotherKeyOrACutShortFileReadsAsNoCache() throws Exception {
        Path file = dir.resolve(".public.smallwins-cache");
        BuildCache.save(file, "the key", filled(20));

        RenderCache otherKey = new RenderCache();
        BuildCache.load(file, "another key", dir.resolve("public"), otherKey);
        assertThat(otherKey.stored.views()).isEmpty();

        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 1));
        RenderCache cut = new RenderCache();
        BuildCache.load(file, "the key", dir.resolve("public"), cut);
        assertThat(cut.stored.views()).isEmpty();
        assertThat(cut.stored.pages()).isEmpty();
    }

    @Test
    void aFileWithAnyByteDamagedReadsAsNoCache() throws Exception {
        Path file = dir.resolve(".public.smallwins-cache");
        BuildCache.save(file, "the key", filled(20));
        byte[] whole = Files.readAllBytes(file);
        RenderCache intact = new RenderCache();
        BuildCache.load(file, "the key", dir.resolve("public"), intact);
        assertThat(intact.stored.views()).hasSize(20);

        // Inside a view's text, where the layout alone cannot tell: one byte changed, at many places.
        for (int at = 200; at < whole.length; at += whole.length / 40) {
            byte[] damaged = whole.clone();
            damaged[at] ^= 0x5A;
            Files.write(file, damaged);
            RenderCache read = new RenderCache();
            BuildCache.load(file, "the key", dir.resolve("public"), read);
            assertThat(read.stored.views()).as("byte %d damaged", at).isEmpty();
            assertThat(read.stored.pages()).as("byte %d damaged", at).isEmpty();
        }
    }

    @Test
    void aValueItCannotKeepSavesNothingAndLeavesTheLastCache() throws Exception {
        Path file = dir.resolve(".public.smallwins-cache");
        BuildCache.save(file, "the key", filled(5));
        byte[] before = Files.readAllBytes(file);

        // The odd view comes after the first group's views are written: the file begun is removed.
        RenderCache odd = filled(300);
        Map<String, Object> view = new LinkedHashMap<>(view(1));
        view.put("when", LocalDate.of(2025, 1, 1));
        odd.views.put("content/odd.md", new RenderCache.View(entry("content/odd.md"), "l", view, "h", List.of(), "k",
                List.of(), null));
        BuildCache.save(file, "the key", odd);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve(".public.smallwins-cache-new")).doesNotExist();
    }

    @Test
    void leavesAFileThatIsNotACacheAlone() throws Exception {
        Path file = dir.resolve(".public.smallwins-cache");
        Files.writeString(file, "my notes");
        BuildCache.save(file, "the key", filled(3));
        assertThat(Files.readString(file)).isEqualTo("my notes");
    }
}
