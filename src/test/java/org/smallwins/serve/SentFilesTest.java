package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smallwins.problem.Problem;
import org.smallwins.site.SiteFile;

/** What the preview sends of a build's files: made once per file per build, and made again for a newer one. */
class SentFilesTest {
    private static final byte[] PAGE = bytes("<html><body><p>A walk.</p></body></html>");
    private static final byte[] RAINY_PAGE = bytes("<html><body><p>A walk, in the rain.</p></body></html>");
    private static final byte[] COFFEE = bytes("coffee\n");
    private static final Problem MOOD = Problem.error("content/wins/2025-03-14-walk.md", 3, "mood", "mood is 1 to 5");
    private static final Problem TAGS = Problem.warning("content/wins/2025-03-14-walk.md", 4, "tags", "an empty tag");

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Snapshot build(long version, byte[] page, Problem... problems) {
        return new Snapshot(Map.of("walk/index.html", new SiteFile("walk/index.html", page),
                "coffee.txt", new SiteFile("coffee.txt", COFFEE)), List.of(problems), version, "/");
    }

    private static String text(SentFiles.Sent sent) {
        return new String(sent.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsDecoratedAndTaggedOncePerBuildAndServedAsTheSameBytes() {
        SentFiles sentFiles = new SentFiles();
        Snapshot build = build(1, PAGE);

        SentFiles.Sent first = sentFiles.of(build, "walk/index.html", PAGE);
        assertThat(text(first)).isEqualTo("<html><body><p>A walk.</p>" + LiveReload.SCRIPT + "</body></html>");
        assertThat(first.tag()).isEqualTo(EntityTags.tag(first.bytes()));
        for (int i = 0; i < 3; i++) {
            // Decorating makes a new array each time: the same one says the page was not decorated again.
            assertThat(sentFiles.of(build, "walk/index.html", PAGE).bytes()).isSameAs(first.bytes());
        }
        assertThat(sentFiles.made()).isEqualTo(1);
    }

    @Test
    void anyOtherFileIsSentAsBuiltWithItsTagMadeOncePerBuild() {
        SentFiles sentFiles = new SentFiles();

        SentFiles.Sent coffee = sentFiles.of(build(1, PAGE), "coffee.txt", COFFEE);
        assertThat(coffee.bytes()).isSameAs(COFFEE);
        assertThat(coffee.tag()).isEqualTo(EntityTags.tag(COFFEE));
        assertThat(sentFiles.of(build(1, PAGE), "coffee.txt", COFFEE)).isSameAs(coffee);
        assertThat(sentFiles.of(build(1, PAGE), "walk/index.html", PAGE).tag()).as("each file its own")
                .isNotEqualTo(coffee.tag());
        assertThat(sentFiles.made()).isEqualTo(2);
    }

    @Test
    void aRebuildThatChangedThePageGivesNewBytesAndANewTag() {
        SentFiles sentFiles = new SentFiles();
        SentFiles.Sent before = sentFiles.of(build(1, PAGE), "walk/index.html", PAGE);

        SentFiles.Sent after = sentFiles.of(build(2, RAINY_PAGE), "walk/index.html", RAINY_PAGE);

        assertThat(text(after)).contains("in the rain").contains(LiveReload.SCRIPT);
        assertThat(after.tag()).isNotEqualTo(before.tag()).isEqualTo(EntityTags.tag(after.bytes()));
        assertThat(sentFiles.of(build(2, RAINY_PAGE), "walk/index.html", RAINY_PAGE)).isSameAs(after);
    }

    @Test
    void aFailedBuildShowsItsProblemsOverTheSamePageAndTheirFixTakesThemAway() {
        SentFiles sentFiles = new SentFiles();
        SentFiles.Sent good = sentFiles.of(build(1, PAGE), "walk/index.html", PAGE);

        // A failed build keeps the last good files: only its problems tell its pages apart.
        SentFiles.Sent failing = sentFiles.of(build(2, PAGE, MOOD), "walk/index.html", PAGE);
        assertThat(text(failing)).contains("smallwins-problems").contains("mood is 1 to 5")
                .contains("A walk.").contains(LiveReload.SCRIPT);
        assertThat(failing.tag()).isNotEqualTo(good.tag()).isEqualTo(EntityTags.tag(failing.bytes()));

        SentFiles.Sent otherProblems = sentFiles.of(build(3, PAGE, MOOD, TAGS), "walk/index.html", PAGE);
        assertThat(text(otherProblems)).contains("an empty tag");
        assertThat(otherProblems.tag()).isNotEqualTo(failing.tag());

        SentFiles.Sent fixed = sentFiles.of(build(4, PAGE, TAGS), "walk/index.html", PAGE);
        assertThat(fixed.bytes()).as("warnings alone show no banner").isEqualTo(good.bytes());
        assertThat(fixed.tag()).isEqualTo(good.tag());
        assertThat(sentFiles.made()).isEqualTo(4);
    }

    @Test
    void aRequestStillOnAnOlderBuildGetsItsPageWithoutItBeingKeptForTheNewerOne() {
        SentFiles sentFiles = new SentFiles();
        SentFiles.Sent newer = sentFiles.of(build(2, RAINY_PAGE), "walk/index.html", RAINY_PAGE);

        SentFiles.Sent older = sentFiles.of(build(1, PAGE), "walk/index.html", PAGE);

        assertThat(text(older)).doesNotContain("in the rain");
        assertThat(older.tag()).isEqualTo(EntityTags.tag(older.bytes())).isNotEqualTo(newer.tag());
        assertThat(sentFiles.of(build(2, RAINY_PAGE), "walk/index.html", RAINY_PAGE)).isSameAs(newer);
    }
}
