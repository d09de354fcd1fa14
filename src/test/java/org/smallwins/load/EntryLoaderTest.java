package org.smallwins.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Goal;
import org.smallwins.model.Size;
import org.smallwins.problem.Problem;

class EntryLoaderTest {
    @TempDir
    Path journal;

    private final EntryLoader loader = new EntryLoader(ZoneId.of("Europe/Berlin"));

    private EntryLoader.Result load(String contentPath, String text) throws IOException {
        return loadBytes(contentPath, text.getBytes(StandardCharsets.UTF_8));
    }

    private EntryLoader.Result loadBytes(String contentPath, byte[] bytes) throws IOException {
        Path file = journal.resolve("content").resolve(contentPath);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return loader.load(file, "content/" + contentPath, contentPath);
    }

    /** Loads a file that must load without errors. */
    private Entry entry(String contentPath, String text) throws IOException {
        EntryLoader.Result result = load(contentPath, text);
        assertThat(result.problems()).filteredOn(Problem::isError).isEmpty();
        assertThat(result.entry()).isPresent();
        return result.entry().get();
    }

    private static List<Problem> errors(EntryLoader.Result result) {
        return result.problems().stream().filter(Problem::isError).toList();
    }

    private static Problem onlyError(EntryLoader.Result result) {
        assertThat(result.entry()).isEmpty();
        List<Problem> errors = errors(result);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    // --- title, date, slug from the file name ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "title: [Walked, outside]|title|title: A walk to the shop",
            "title:~  where: the shop|title|title: A walk to the shop",
            "title: {Draft}|title|title: A walk to the shop",
            "summary: [a, b]|summary|summary: Made it outside before noon",
            "reward:~  - tea|reward|reward: A cup of tea in the sun",
            "slug: [first, walk]|slug|slug: first-walk"})
    void aSingleTextFieldGivenAsAListOrGroupSaysHowToWriteIt(String lines, String field, String example)
            throws IOException {
        Problem p = errors(load("2025-03-14-a.md", "---\n" + lines.replace("~", "\n") + "\n---\n")).get(0);

        assertThat(p.field()).isEqualTo(field);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("expected a single piece of text, not a list or a group of fields."
                + " Write it as plain text, like '" + example + "', in quotes if it starts with '[' or '{'.");
    }

    @Test
    void titleDefaultsToTheFileNameWithoutDate() throws IOException {
        Entry e = entry("wins/2025-03-14-first-walk_outside.md", "---\nmood: 3\n---\nBody\n");

        assertThat(e.title()).isEqualTo("First walk outside");
    }

    @Test
    void writtenTitleWins() throws IOException {
        Entry e = entry("wins/2025-03-14-walk.md", "---\ntitle: \"A walk: at last\"\n---\n");

        assertThat(e.title()).isEqualTo("A walk: at last");
    }

    @Test
    void dateComesFromTheFileNamePrefix() throws IOException {
        Entry e = entry("wins/2025-03-14-walk.md", "---\ntitle: Walk\n---\n");

        assertThat(e.dateTime()).isEqualTo(LocalDateTime.of(2025, 3, 14, 0, 0));
        assertThat(e.hasTime()).isFalse();
        assertThat(e.slug()).isEqualTo("walk");
    }

    @Test
    void dateFieldOverridesTheFileNameAndMayCarryATime() throws IOException {
        Entry e = entry("wins/2025-03-14-walk.md", "---\ndate: 2025-03-16 07:45\n---\n");

        assertThat(e.dateTime()).isEqualTo(LocalDateTime.of(2025, 3, 16, 7, 45));
        assertThat(e.hasTime()).isTrue();
    }

    @Test
    void dateWithOffsetIsPlacedInTheJournalZone() throws IOException {
        Entry e = entry("walk.md", "---\ndate: 2025-03-14T23:30:00-05:00\n---\n");

        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 3, 15));
    }

    @Test
    void reportsAnInvalidDateFieldWithLineAndField() throws IOException {
        Problem p = onlyError(load("walk.md", "---\ntitle: Walk\ndate: 2025-02-30\n---\n"));

        assertThat(p.path()).isEqualTo("content/walk.md");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo("date");
        assertThat(p.message()).contains("'2025-02-30' is not a date");
    }

    @Test
    void aDateWithoutLeadingZerosIsSaidBackWithThem() throws IOException {
        Problem p = onlyError(load("walk.md", "---\ntitle: Walk\ndate: 2025-2-3\n---\n"));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo("date");
        assertThat(p.message()).isEqualTo("'2025-2-3' is not a date: write it as 2025-02-03.");
    }

    @Test
    void reportsAFileNameWithAnImpossibleDate() throws IOException {
        Problem p = onlyError(load("2025-13-01-walk.md", "---\ntitle: Walk\n---\n"));

        assertThat(p.field()).isEqualTo("date");
        assertThat(p.message()).contains("2025-13-01").contains("not a real date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0205-03-14", "1899-12-31 23:59", "3000-01-01", "9999-12-31"})
    void reportsADateWhoseYearNoJournalHasAsATypo(String date) throws IOException {
        Problem p = onlyError(load("walk.md", "---\ntitle: Walk\ndate: " + date + "\n---\n"));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo("date");
        assertThat(p.message()).startsWith("'" + date + "' has the year ")
                .contains("a journal's dates are from 1900 to 2999").contains("typo");
    }

    @Test
    void theFirstAndLastYearsAJournalMayHaveLoad() throws IOException {
        assertThat(load("walk.md", "---\ntitle: Walk\ndate: 1900-01-01\n---\n").entry()).isPresent();
        assertThat(load("walk.md", "---\ntitle: Walk\ndate: 2999-12-31 23:00\n---\n").entry()).isPresent();
    }

    @Test
    void reportsAFileNameWhoseYearNoJournalHas() throws IOException {
        Problem p = onlyError(load("0205-03-14-walk.md", "---\ntitle: Walk\n---\n"));

        assertThat(p.field()).isEqualTo("date");
        assertThat(p.message()).isEqualTo("the file name starts with '0205-03-14', in the year 205: a journal's dates"
                + " are from 1900 to 2999. Check the year for a typo: rename the file or add a date to the front matter.");
    }

    @Test
    void reportsAMissingDateOnLineOne() throws IOException {
        Problem p = onlyError(load("walk.md", "---\ntitle: Walk\n---\n"));

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.field()).isEqualTo("date");
        assertThat(p.message()).startsWith("no date");
    }

    @Test
    void aFileNameWhoseDateLacksItsZerosIsToldHowToWriteIt() throws IOException {
        Problem p = onlyError(load("2026-12-3-walk.md", "---\ntitle: Walk\n---\n"));

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.field()).isEqualTo("date");
        assertThat(p.message()).isEqualTo("no date: the file name's date is read only with two-digit months and"
                + " days. Rename the file 2026-12-03-walk.md, or add 'date: 2026-12-03' to the front matter.");
        assertThat(EntryDates.padded("2026-1-15")).contains("2026-01-15");
        assertThat(EntryDates.padded("2026-12-03-walk")).isEmpty();
        assertThat(EntryDates.padded("2026-2-31-walk")).isEmpty();
        assertThat(EntryDates.padded("2026-2-3x")).isEmpty();
    }

    @Test
    void aHugoShortcodeIsAWarningAtItsLineSinceThePageWouldShowItAsWritten() throws IOException {
        EntryLoader.Result result = load("2025-03-14-walk.md", "---\ntitle: Walk\n---\nA walk.\n\n"
                + "{{< figure src=\"/images/park.jpg\" >}}\n\n{{% note %}}Later{{% /note %}}\n");

        assertThat(result.entry()).isPresent();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "content/2025-03-14-walk.md:6: warning: '{{< figure src=\"/images/park.jpg\" >}}' is a Hugo shortcode,"
                        + " which Smallwins does not run: the page would show it as written. Write it in Markdown"
                        + " instead, like ![A sunrise](/images/sunrise.svg) for a picture (and 1 more shortcode below).");
    }

    @Test
    void aShortcodeInCodeIsShownAsCodeWithoutAWord() throws IOException {
        EntryLoader.Result result = load("2025-03-14-walk.md", "---\ntitle: Walk\n---\nWrite `{{< ref >}}` in Hugo.\n\n"
                + "```\n{{< figure src=\"x.jpg\" >}}\n```\n\n~~~md\n{{% note %}}\n~~~\n");

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aHugoSectionPageIsSaidToBeOneInsteadOfBeingAskedForADate() throws IOException {
        // Hugo's _index.md holds a list page's intro, not a post: a date would make it a stray entry.
        Problem p = onlyError(load("posts/_index.md", "---\ntitle: Posts\n---\nAll my posts.\n"));

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("Hugo").contains("_index.md").contains("move it out of content/")
                .doesNotContain("Add 'date:");
    }

    @Test
    void aHugoSectionPageWithADateIsNotPublishedAsAnEntryCalledIndex() throws IOException {
        // Hugo's archetypes date _index.md files too.
        EntryLoader.Result dated = load("posts/_index.md", "---\ntitle: Posts\ndate: 2024-05-01\n---\nAll my posts.\n");
        Problem p = onlyError(dated);

        assertThat(dated.entry()).isEmpty();
        assertThat(p.message()).contains("Hugo section page (_index.md)");
        assertThat(onlyError(load("blog/_INDEX.markdown", "Intro.\n")).message()).contains("Hugo section page");
    }

    @Test
    void aFileNamedOnlyByItsDateGetsASlugFromTheDate() throws IOException {
        Entry e = entry("2025-03-14.md", "Just a body.\n");

        assertThat(e.dateTime().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(e.slug()).isEqualTo("2025-03-14");
        assertThat(e.title()).isNotBlank();
    }

    @Test
    void pageBundleIsNamedByItsFolder() throws IOException {
        Entry e = entry("wins/2025-03-14-long-walk/index.md", "---\nmood: 4\n---\n");

        assertThat(e.title()).isEqualTo("Long walk");
        assertThat(e.slug()).isEqualTo("long-walk");
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(e.type()).isEqualTo(EntryType.WIN);
    }

    @Test
    void slugFieldIsSlugified() throws IOException {
        Entry e = entry("2025-03-14-walk.md", "---\nslug: Morning Walk, Café!\n---\n");

        assertThat(e.slug()).isEqualTo("morning-walk-cafe");
    }

    @Test
    void slugDefaultsToTheFileNameNotTheTitle() throws IOException {
        Entry e = entry("2025-03-14-walk.md", "---\ntitle: Something else entirely\n---\n");

        assertThat(e.slug()).isEqualTo("walk");
    }

    @Test
    void slugWithoutLettersFallsBackToTheTitle() throws IOException {
        EntryLoader.Result result = load("2025-03-14-walk.md", "---\ntitle: Sunny Walk\nslug: \"!!!\"\n---\n");

        assertThat(result.entry()).hasValueSatisfying(e -> assertThat(e.slug()).isEqualTo("sunny-walk"));
        assertThat(result.problems()).filteredOn(Problem::isError).isEmpty();
    }

    @Test
    void aSlugAndATitleWithoutLettersSayWhatTheUrlEndsInInstead() throws IOException {
        EntryLoader.Result result = load("2025-03-14-party.md", "---\ntitle: \"\uD83C\uDF89\"\nslug: \"\uD83C\uDF89\"\n---\n");

        assertThat(result.entry()).hasValueSatisfying(e -> assertThat(e.slug()).isEqualTo("entry"));
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "content/2025-03-14-party.md:3: warning: slug: has no letters or digits to use in a URL, and neither"
                        + " has the title, so the URL ends in 'entry/'. Write a slug with letters or digits, like"
                        + " 'slug: first-walk'.");
        assertThat(load("2025-03-14-walk.md", "---\ntitle: Sunny Walk\nslug: \"!!!\"\n---\n").problems())
                .extracting(Problem::message).containsExactly(
                        "has no letters or digits to use in a URL; the title is used instead ('sunny-walk').");
    }

    @Test
    void slugWithoutLettersWarns() throws IOException {
        EntryLoader.Result result = load("2025-03-14-walk.md", "---\ntitle: Sunny Walk\nslug: \"!!!\"\n---\n");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.field()).isEqualTo("slug");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void slugIsNeverPathSyntax() throws IOException {
        Entry e = entry("2025-03-14-walk.md", "---\nslug: ../../etc\n---\n");

        assertThat(e.slug()).isEqualTo("etc");
    }

    // --- type ---

    @ParameterizedTest
    @CsvSource({
            "wins/2025-03-14-a.md, WIN",
            "wins/2026/2025-03-14-a.md, WIN",
            "Wins/2025-03-14-a.md, WIN",
            "setbacks/2025/03/2025-03-14-a.md, SETBACK",
            "reflections/2025-03-14-a.md, REFLECTION",
            "goals/2025-03-14-a.md, GOAL",
            "goals/wins/2025-03-14-a.md, WIN",
            "misc/2025-03-14-a.md, REFLECTION",
            "2025-03-14-a.md, REFLECTION",
            "wins.md/2025-03-14-a.md, REFLECTION"})
    void typeDefaultsToTheNearestTypeFolder(String path, EntryType expected) throws IOException {
        assertThat(entry(path, "---\ntitle: A\n---\n").type()).isEqualTo(expected);
    }

    @Test
    void writtenTypeOverridesTheFolder() throws IOException {
        assertThat(entry("wins/2025-03-14-a.md", "---\ntype: Setback\n---\n").type()).isEqualTo(EntryType.SETBACK);
    }

    @Test
    void reportsAnUnknownTypeWithLineAndField() throws IOException {
        Problem p = onlyError(load("wins/2025-03-14-a.md", "---\ntitle: A\ntype: victory\n---\n"));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo("type");
        assertThat(p.message()).contains("'victory' is not a type").contains("win, reflection, setback or goal");
    }

    @Test
    void aTypeOneSlipFromATypeAsksIfThatTypeWasMeant() throws IOException {
        Problem p = onlyError(load("wins/2025-03-14-a.md", "---\ntitle: A\ntype: wim\n---\n"));

        assertThat(p.message()).isEqualTo("'wim' is not a type (did you mean 'win'?): use win, reflection, setback"
                + " or goal.");
    }

    @Test
    void aTypeFarFromEveryTypeAsksNothing() throws IOException {
        Problem p = onlyError(load("wins/2025-03-14-a.md", "---\ntitle: A\ntype: victory\n---\n"));

        assertThat(p.message()).isEqualTo("'victory' is not a type: use win, reflection, setback or goal.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "wins/2025-03-14-a.md|size: smal|size|'smal' is not a size (did you mean 'small'?): use tiny, small or big.",
            "goals/2025-03-14-a.md|cadence: dialy|cadence|'dialy' is not a cadence (did you mean 'daily'?): use daily,"
                    + " weekly or monthly.",
            "goals/2025-03-14-a.md|status: pasued|status|'pasued' is not a status (did you mean 'paused'?): use"
                    + " active, paused or reached.",
            "goals/2025-03-14-a.md|status: done|status|'done' is not a status: use active, paused or reached."})
    void aFieldOfFixedWordsAsksWhichWordWasMeantWhenOneIsClose(String path, String line, String field, String message)
            throws IOException {
        Problem p = onlyError(load(path, "---\ntitle: A\n" + line + "\n---\n"));

        assertThat(p.field()).isEqualTo(field);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo(message);
    }

    @Test
    void aTabIndentingAListItemIsSaidAtItsLineWithTheFieldItBelongsTo() throws IOException {
        Problem p = onlyError(load("wins/2025-03-14-a.md", "---\ntitle: A\ndate: 2025-03-14\ntags:\n  - sun\n\t- walk\n---\n"));

        assertThat(p).hasToString("content/wins/2025-03-14-a.md:6: tags: a tab indents this line. YAML indents"
                + " with spaces only: replace the tab with spaces.");
    }

    // --- tags, mood, energy, size, reward, goal ---

    @Test
    void tagsAsAList() throws IOException {
        assertThat(entry("2025-03-14-a.md", "---\ntags: [walk, outside]\n---\n").tags())
                .containsExactly("walk", "outside");
    }

    @Test
    void tagsAsACommaSeparatedStringAreSplitTrimmedAndDeduplicated() throws IOException {
        assertThat(entry("2025-03-14-a.md", "---\ntags: \"walk,  outside , walk,,\"\n---\n").tags())
                .containsExactly("walk", "outside");
    }

    @Test
    void aTagWrittenTwiceInAnotherCaseOrSpellingOfTheSamePageIsKeptOnceAsFirstWritten() throws IOException {
        assertThat(entry("2025-03-14-a.md", "---\ntags: [Walk, walk, \"x y\", x-y, outside, WALK]\n---\n").tags())
                .containsExactly("Walk", "x y", "outside");
    }

    @Test
    void tagsAsABlockListKeepTheirOrder() throws IOException {
        assertThat(entry("2025-03-14-a.md", "---\ntags:\n  - zebra\n  - apple\n  - 2025\n---\n").tags())
                .containsExactly("zebra", "apple", "2025");
    }

    @Test
    void aTagWithNoLetterOrDigitIsLeftOutOfTheEntryAsTheWarningOnTheTagsLineSays() throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\ntitle: A\ntags: [walk, \"..\", \"!!\"]\n---\n");

        assertThat(result.entry()).hasValueSatisfying(e -> assertThat(e.tags()).containsExactly("walk"));
        assertThat(result.problems()).extracting(Problem::isError, Problem::line, Problem::field, Problem::message)
                .containsExactly(
                        Tuple.tuple(false, 3, "tags", "'..' has no letter or digit, so it gets"
                                + " no tag page and is left out. Use a word, like 'walk'."),
                        Tuple.tuple(false, 3, "tags", "'!!' has no letter or digit, so it gets"
                                + " no tag page and is left out. Use a word, like 'walk'."));
    }

    @Test
    void anEntryWhoseOnlyTagHasNoLetterOrDigitHasNoTags() throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\ntitle: A\ntags:\n  - \"-\"\n---\n");

        assertThat(result.entry()).hasValueSatisfying(e -> assertThat(e.tags()).isEmpty());
        assertThat(result.problems()).extracting(Problem::line, Problem::field, Problem::message)
                .containsExactly(Tuple.tuple(3, "tags", "'-' has no letter or digit, so it gets no tag page and is"
                        + " left out. Use a word, like 'walk'."));
    }

    @Test
    void noTagsIsAnEmptyList() throws IOException {
        assertThat(entry("2025-03-14-a.md", "---\ntitle: A\n---\n").tags()).isEmpty();
    }

    @Test
    void reportsTagsWrittenAsAGroup() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: A\ntags:\n  walk: yes\n---\n"));

        assertThat(p.field()).isEqualTo("tags");
        assertThat(p.line()).isEqualTo(3);
    }

    @Test
    void reportsNestedListsInTags() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntags: [walk, [a, b]]\n---\n"));

        assertThat(p.field()).isEqualTo("tags");
        assertThat(p.line()).isEqualTo(2);
    }

    @Test
    void moodAndEnergyAreRead() throws IOException {
        Entry e = entry("2025-03-14-a.md", "---\nmood: 1\nenergy: 5\n---\n");

        assertThat(e.mood()).isEqualTo(1);
        assertThat(e.energy()).isEqualTo(5);
    }

    @Test
    void moodAndEnergyAreAbsentWhenNotWritten() throws IOException {
        Entry e = entry("2025-03-14-a.md", "---\ntitle: A\n---\n");

        assertThat(e.mood()).isNull();
        assertThat(e.energy()).isNull();
        assertThat(e.size()).isNull();
        assertThat(e.reward()).isNull();
        assertThat(e.summary()).isNull();
    }

    @Test
    void reportsMoodOutOfRangeWithLineAndField() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: A\nmood: 6\n---\n"));

        assertThat(p.path()).isEqualTo("content/2025-03-14-a.md");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo("mood");
        assertThat(p.message()).contains("'6'").contains("1 to 5");
    }

    @Test
    void reportsEnergyOutOfRangeWithLineAndField() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: A\n\nenergy: 0\n---\n"));

        assertThat(p.line()).isEqualTo(4);
        assertThat(p.field()).isEqualTo("energy");
        assertThat(p.message()).contains("'0'").contains("1 to 5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3.5", "'\"3.5\"'", "three", "[3]", "'\"-3\"'", "'\"3 stars\"'"})
    void reportsMoodThatIsNotAWholeNumber(String written) throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\nmood: " + written + "\n---\n"));

        assertThat(p.field()).isEqualTo("mood");
        assertThat(p.line()).isEqualTo(2);
    }

    /** What the writer sees as 3 is 3: in quotes (as flags are taken in quotes), as 3.0, or as 03. */
    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "'3'", "3.0", "03", "\" 3 \"", "\"3.0\""})
    void moodWrittenAsAWholeNumberInAnotherWayIsRead(String written) throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\nmood: " + written + "\nenergy: " + written + "\n---\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.entry()).hasValueSatisfying(e -> {
            assertThat(e.mood()).isEqualTo(3);
            assertThat(e.energy()).isEqualTo(3);
        });
    }

    @ParameterizedTest
    @CsvSource({"tiny, TINY", "small, SMALL", "Big, BIG"})
    void sizeIsRead(String written, Size expected) throws IOException {
        assertThat(entry("2025-03-14-a.md", "---\nsize: " + written + "\n---\n").size()).isEqualTo(expected);
    }

    @Test
    void reportsAnUnknownSize() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: A\nsize: huge\n---\n"));

        assertThat(p.field()).isEqualTo("size");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("tiny, small or big");
    }

    @Test
    void rewardAndSummaryAreRead() throws IOException {
        Entry e = entry("2025-03-14-a.md", "---\nreward: Ice cream\nsummary: Walked round the lake.\n---\n");

        assertThat(e.reward()).isEqualTo("Ice cream");
        assertThat(e.summary()).isEqualTo("Walked round the lake.");
    }

    @Test
    void goalAsASingleId() throws IOException {
        Entry e = entry("wins/2025-03-14-a.md", "---\ngoal: run\n---\n");

        assertThat(e.goals()).containsExactly("run");
        assertThat(e.goal()).isNull();
    }

    @Test
    void goalAsAList() throws IOException {
        assertThat(entry("wins/2025-03-14-a.md", "---\ngoal: [run, read]\n---\n").goals())
                .containsExactly("run", "read");
    }

    @Test
    void goalAsACommaSeparatedString() throws IOException {
        assertThat(entry("wins/2025-03-14-a.md", "---\ngoal: run, read\n---\n").goals())
                .containsExactly("run", "read");
    }

    // --- flags ---

    @Test
    void draftPrivateAndMilestoneFlags() throws IOException {
        Entry e = entry("2025-03-14-a.md", "---\ndraft: true\nprivate: yes\nmilestone: true\n---\n");

        assertThat(e.draft()).isTrue();
        assertThat(e.privateEntry()).isTrue();
        assertThat(e.milestone()).isTrue();
    }

    @Test
    void flagsDefaultToFalse() throws IOException {
        Entry e = entry("2025-03-14-a.md", "---\ntitle: A\n---\n");

        assertThat(e.draft()).isFalse();
        assertThat(e.privateEntry()).isFalse();
        assertThat(e.milestone()).isFalse();
    }

    @Test
    void reportsAFlagThatIsNotTrueOrFalse() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: A\ndraft: maybe\n---\n"));

        assertThat(p.field()).isEqualTo("draft");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("expected true or false, found 'maybe'.");
    }

    @Test
    void aFlagWrittenInQuotesMeansWhatItSays() throws IOException {
        // Not "expected true or false, found 'true'".
        Entry e = entry("2025-03-14-a.md", "---\ndraft: \"true\"\nprivate: 'False'\nmilestone: \"TRUE\"\n---\n");

        assertThat(e.draft()).isTrue();
        assertThat(e.privateEntry()).isFalse();
        assertThat(e.milestone()).isTrue();
    }

    // --- extra, body, lines ---

    @Test
    void unknownFieldsAreKeptInExtraAsWritten() throws IOException {
        Entry e = entry("2025-03-14-a.md", "---\ntitle: A\nweather: sunny\nsteps: 12000\nwith: [Ana, Ben]\n---\n");

        assertThat(e.extra()).containsOnlyKeys("weather", "steps", "with");
        assertThat(e.extra()).containsEntry("weather", "sunny").containsEntry("steps", 12000L)
                .containsEntry("with", List.of("Ana", "Ben"));
    }

    @Test
    void anUnknownKeyOneSlipFromAFieldIsAWarningAtItsLine() throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md",
                "---\nTitle: x\ntag: [walk]\nmod: 3\ngoals: walk\nsumary: s\n---\n");

        assertThat(result.entry()).isPresent();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "content/2025-03-14-a.md:2: warning: Title: 'Title' is not a field Smallwins reads; did you mean 'title'?"
                        + " Rename it, or leave it if a theme of yours reads 'Title'.",
                "content/2025-03-14-a.md:3: warning: tag: 'tag' is not a field Smallwins reads; did you mean 'tags'?"
                        + " Rename it, or leave it if a theme of yours reads 'tag'.",
                "content/2025-03-14-a.md:4: warning: mod: 'mod' is not a field Smallwins reads; did you mean 'mood'?"
                        + " Rename it, or leave it if a theme of yours reads 'mod'.",
                "content/2025-03-14-a.md:5: warning: goals: 'goals' is not a field Smallwins reads; did you mean 'goal'?"
                        + " Rename it, or leave it if a theme of yours reads 'goals'.",
                "content/2025-03-14-a.md:6: warning: sumary: 'sumary' is not a field Smallwins reads; did you mean"
                        + " 'summary'? Rename it, or leave it if a theme of yours reads 'sumary'.");
        // Still kept for themes, as every unknown key is.
        assertThat(result.entry().get().extra()).containsKeys("Title", "tag", "mod", "goals", "sumary");
    }

    @Test
    void aKeyWithTwoLettersSwappedIsASlipToo() throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\ntitle: A\ntgas: [walk]\ndaet: 2025-03-14\n---\n");

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "content/2025-03-14-a.md:3: warning: tgas: 'tgas' is not a field Smallwins reads; did you mean 'tags'?"
                        + " Rename it, or leave it if a theme of yours reads 'tgas'.",
                "content/2025-03-14-a.md:4: warning: daet: 'daet' is not a field Smallwins reads; did you mean 'date'?"
                        + " Rename it, or leave it if a theme of yours reads 'daet'.");
    }

    @Test
    void otherGeneratorsFieldsAndFieldsGivenAlongsideTheirNearNamesAreNotTakenForSlips() throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\ntitle: A\nauthor: Ana\ndescription: d\n"
                + "categories: [c]\nkeywords: [k]\nweight: 2\nlastmod: 2025-03-15\naliases: [/old/]\nurl: /a/\n"
                + "layout: post\nimages: [a.png]\ntoc: true\nseries: [s]\nweather: sunny\nsteps: 3\n"
                + "tags: [a]\ntag: b\n---\n");

        assertThat(result.problems()).isEmpty();
    }

    // --- fields meant to hide an entry, misspelt or another generator's ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Private: true|Private|private", "privat: yes|privat|private", "PRIVATE: 'True'|PRIVATE|private",
            "Draft: true|Draft|draft", "drfat: on|drfat|draft", "draf: \"yes\"|draf|draft",
            "Published: false|Published|published"})
    void aSlipForAFieldThatHidesIsAnErrorWhenItsValueWouldHide(String line, String key, String meant)
            throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: Secret\n" + line + "\n---\nvery private\n"));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo(key);
        assertThat(p.message()).startsWith("'" + key + "' is not a field Smallwins reads, so this entry would be"
                + " published, though '" + key + ": ").endsWith("' means to keep it off the site. Write the field as '"
                + meant + ":'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Private: false", "privat: no", "Draft: off", "drfat: false", "Published: true"})
    void aSlipForAFieldThatHidesStaysAWarningWhenItsValueWouldNotHide(String line) throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\ntitle: A\n" + line + "\n---\n");

        assertThat(result.entry()).isPresent();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("is not a field Smallwins reads; did you mean");
        });
    }

    @Test
    void jekyllsPublishedFalseMakesADraftAndTrueChangesNothing() throws IOException {
        EntryLoader.Result hidden = load("2025-03-14-a.md", "---\ntitle: A\npublished: false\n---\n");
        Entry shown = entry("2025-03-14-b.md", "---\ntitle: B\npublished: true\n---\n");

        assertThat(hidden.problems()).isEmpty();
        assertThat(hidden.entry().get().draft()).isTrue();
        assertThat(hidden.entry().get().extra()).isEmpty();
        assertThat(shown.draft()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "draft: false|published: false|'draft: false' and 'published: false' disagree, so the entry is left out,"
                    + " as 'published: false' says. Delete the line you do not mean.",
            "draft: yes|published: true|'draft: true' and 'published: true' disagree, so the entry is left out,"
                    + " as 'draft: true' says. Delete the line you do not mean."})
    void whenDraftAndPublishedDisagreeTheOneThatHidesIsFollowedWithAWarning(String draft, String published,
                                                                              String message) throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\ntitle: A\n" + draft + "\n" + published + "\n---\n");

        assertThat(result.entry().get().draft()).isTrue();
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("content/2025-03-14-a.md:4: warning: published: " + message);
    }

    @Test
    void hugosPublishedDateIsKeptForThemesAndDoesNotMakeADraft() throws IOException {
        Entry e = entry("2025-03-14-a.md", "---\ntitle: A\npublished: 2025-03-14\n---\n");

        assertThat(e.draft()).isFalse();
        assertThat(e.extra()).containsEntry("published", "2025-03-14");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "headless: true|headless|'headless: true' is Hugo's way to keep a page from being made.",
            "Headless: yes|Headless|'Headless: yes' is Hugo's way to keep a page from being made.",
            "build: {render: never}|build|'build: render: never' is Hugo's way to keep a page from being made.",
            "build:~  list: never|build|'build: list: never' is Hugo's way to keep a page out of its lists.",
            "build:~  publishResources: false~  list: local|build|'build: list: local' is Hugo's way to keep a"
                    + " page out of its lists.",
            "build: {render: false}|build|'build: render: false' is Hugo's way to keep a page from being made.",
            "build: {render: link}|build|'build: render: link' is Hugo's way to keep a page from being made.",
            "_build: {render: never}|_build|'_build: render: never' is Hugo's way to keep a page from being made.",
            "_build:~  list: never|_build|'_build: list: never' is Hugo's way to keep a page out of its lists."})
    void hugosFieldsThatHideAPageAreAnErrorSayingWhatToWriteInstead(String lines, String field, String start)
            throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: Secret\n" + lines.replace("~", "\n")
                + "\n---\nvery private\n"));

        assertThat(p.toString()).isEqualTo("content/2025-03-14-a.md:3: " + field + ": " + start
                + " Smallwins does not read it, so the entry would be published. To keep it off the site, write"
                + " 'draft: true' instead.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"headless: false", "build: {render: always, list: always}", "build: {publishResources: false}",
            "draft: true~headless: true", "private: true~build: {render: never}"})
    void hugosFieldsThatWouldNotHideThePageOrOnAHiddenEntryAreKeptWithoutAWord(String lines) throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\ntitle: A\n" + lines.replace("~", "\n")
                + "\n---\n");

        assertThat(result.entry()).isPresent();
        assertThat(result.problems()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "publishDate: soon|publishDate|'soon'|publish", "pubdate: next week|pubdate|'next week'|publish",
            "published: someday|published|'someday'|publish", "expiryDate: 2026-02-30|expiryDate|'2026-02-30'|expiry",
            "unpublishdate: [2026-01-01]|unpublishdate|a list or a group of fields|expiry",
            "PublishDate: 20261101|PublishDate|'20261101'|publish"})
    void aHugoPublishOrExpiryDateThatIsNotADateIsAnErrorNamingTheField(String line, String field, String written,
                                                                        String kind) throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: A\n" + line + "\n---\n"));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo(field);
        assertThat(p.message()).startsWith(written + " is not a date: write it as 2025-03-14,")
                .contains("'" + field + "' is Hugo's " + kind + " date")
                .endsWith("To keep the entry off the site, write 'draft: true' instead, or delete the line.");
    }

    @Test
    void aHugoPublishDateThatIsNotADateIsAnErrorOnADraftToo() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ndraft: true\npublishDate: soon\n---\n"));

        assertThat(p.field()).isEqualTo("publishDate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"published: true", "published: no", "publishDate: 2020-01-01",
            "expiryDate: 2999-01-01T10:00:00+01:00", "lastmod: soon"})
    void hugoDatesThatAreDatesAndJekyllsPublishedAreNotSaidToBeBadDates(String line) throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\ntitle: A\n" + line + "\n---\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.entry()).isPresent();
    }

    // --- a field given twice, in different letter case ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Draft: true|draft: false|Draft|draft", "draft: false|Draft: true|Draft|draft",
            "PRIVATE: yes|private: no|PRIVATE|private", "Published: false|published: true|Published|published"})
    void aCaseVariantThatWouldHideBesideTheReadFieldThatDoesNotIsAnError(String first, String second, String key,
                                                                         String read) throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: A\n" + first + "\n" + second + "\n---\n"));
        int variantLine = first.startsWith(key) ? 3 : 4;

        assertThat(p.line()).isEqualTo(variantLine);
        assertThat(p.field()).isEqualTo(key);
        assertThat(p.message()).isEqualTo("'" + (first.startsWith(key) ? first : second) + "' and '"
                + (first.startsWith(key) ? second : first) + "' (line " + (7 - variantLine) + ") are the same field"
                + " in other letter case, and only '" + read + ":' is read, so this entry would be published, though '"
                + (first.startsWith(key) ? first : second) + "' means to keep it off the site. Delete the line you"
                + " do not mean.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Draft: true|draft: false|private: true|Draft|draft|--private",
            "Published: false|published: true|private: yes|Published|published|--private",
            "PRIVATE: yes|private: no|draft: true|PRIVATE|private|--drafts",
            "Private: true|private: false|published: false|Private|private|--drafts"})
    void aCaseVariantThatWouldHideAnEntryHiddenAnywayIsAWarningSayingWhenItWouldBeIncluded(
            String variant, String read, String hiding, String key, String readKey, String option) throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\ntitle: A\n" + variant + "\n" + read + "\n" + hiding
                + "\n---\n");

        assertThat(result.entry()).isPresent();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly("content/2025-03-14-a.md:3:"
                + " warning: " + key + ": '" + variant + "' and '" + read + "' (line 4) are the same field in other"
                + " letter case, and only '" + readKey + ":' is read, so the entry is kept off the site only by '"
                + hiding + "': a build with " + option + " would include it, though '" + variant + "' means to keep it"
                + " out even then. Delete the line you do not mean.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "drfat: on|private: true|drfat|draft|--private", "privat: yes|draft: true|privat|private|--drafts"})
    void aSlipThatWouldHideAnEntryHiddenAnywayIsAWarningSayingWhenItWouldBeIncluded(
            String slip, String hiding, String key, String meant, String option) throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\ntitle: A\n" + slip + "\n" + hiding + "\n---\n");

        assertThat(result.entry()).isPresent();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly("content/2025-03-14-a.md:3:"
                + " warning: " + key + ": '" + key + "' is not a field Smallwins reads, so the entry is kept off the"
                + " site only by '" + hiding + "': a build with " + option + " would include it, though '" + slip
                + "' means to keep it out even then. Write the field as '" + meant + ":'.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Draft: false|draft: true|Draft|true", "Draft: true|draft: true|Draft|true",
            "Title: Other|title: A|Title|false", "Mood: 2|mood: 4|Mood|false"})
    void aCaseVariantThatChangesNothingThePublishingOfIsAWarningSayingWhichOneIsRead(String first, String second,
                                                                                      String key, boolean draft)
            throws IOException {
        EntryLoader.Result result = load("2025-03-14-a.md", "---\n" + first + "\n" + second + "\n---\n");

        assertThat(result.entry()).isPresent();
        assertThat(result.entry().get().draft()).isEqualTo(draft);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly("content/2025-03-14-a.md:2:"
                + " warning: " + key + ": '" + first + "' and '" + second + "' (line 3) are the same field in other"
                + " letter case, and only '" + key.toLowerCase(Locale.ROOT) + ":' is read. Delete the line you do not mean, or"
                + " leave it if a theme of yours reads '" + key + "'.");
    }

    @Test
    void knownFieldsAreNotInExtra() throws IOException {
        Entry e = entry("2025-03-14-a.md",
                "---\ntitle: A\ntags: [x]\nmood: 3\nsize: tiny\ndraft: false\nslug: b\nsummary: s\n---\n");

        assertThat(e.extra()).isEmpty();
    }

    @Test
    void bodyAndItsFileLineAreKept() throws IOException {
        Entry e = entry("2025-03-14-a.md", "---\ntitle: A\nmood: 3\n---\n# Hello\n\nText.\n");

        assertThat(e.body()).isEqualTo("# Hello\n\nText.\n");
        assertThat(e.bodyLine()).isEqualTo(5);
        assertThat(e.lineOf("mood")).isEqualTo(3);
        assertThat(e.source()).isEqualTo("content/2025-03-14-a.md");
    }

    @Test
    void fileWithoutFrontMatterLoadsFromItsName() throws IOException {
        Entry e = entry("wins/2025-03-14-walk.md", "Went for a walk.\n");

        assertThat(e.title()).isEqualTo("Walk");
        assertThat(e.type()).isEqualTo(EntryType.WIN);
        assertThat(e.body()).isEqualTo("Went for a walk.\n");
        assertThat(e.bodyLine()).isEqualTo(1);
    }

    @Test
    void crlfFileLoads() throws IOException {
        Entry e = entry("2025-03-14-a.md", "---\r\ntitle: A\r\nmood: 4\r\n---\r\nBody\r\n");

        assertThat(e.title()).isEqualTo("A");
        assertThat(e.mood()).isEqualTo(4);
        assertThat(e.body()).isEqualTo("Body\n");
    }

    // --- goals ---

    @Test
    void goalEntryHasDefaults() throws IOException {
        Entry e = entry("goals/2025-01-06-run-more.md", "---\ntitle: Run more\n---\n");

        assertThat(e.type()).isEqualTo(EntryType.GOAL);
        assertThat(e.goal()).isEqualTo(new Goal("run-more", Goal.Cadence.WEEKLY, 1, Goal.Status.ACTIVE, null));
    }

    @Test
    void goalEntryReadsEveryGoalField() throws IOException {
        Entry e = entry("goals/2025-01-06-run-more.md",
                "---\nid: run\ncadence: Daily\ntarget: 3\nstatus: paused\nstarted: 2025-01-01\n---\n");

        assertThat(e.goal()).isEqualTo(
                new Goal("run", Goal.Cadence.DAILY, 3, Goal.Status.PAUSED, LocalDate.of(2025, 1, 1)));
    }

    @Test
    void reportsAGoalIdThatIsNotSlugShaped() throws IOException {
        Problem p = onlyError(load("goals/2025-01-06-a.md", "---\ntitle: A\nid: Run More\n---\n"));

        assertThat(p.field()).isEqualTo("id");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("'run-more'");
    }

    @Test
    void reportsAnUnknownCadence() throws IOException {
        Problem p = onlyError(load("goals/2025-01-06-a.md", "---\ncadence: hourly\n---\n"));

        assertThat(p.field()).isEqualTo("cadence");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("daily, weekly or monthly");
    }

    @ParameterizedTest
    @CsvSource({"0", "1001", "-2", "2.5"})
    void reportsATargetOutOfRange(String target) throws IOException {
        Problem p = onlyError(load("goals/2025-01-06-a.md", "---\ntitle: A\ntarget: " + target + "\n---\n"));

        assertThat(p.field()).isEqualTo("target");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("1 to 1000");
    }

    @Test
    void reportsAnUnknownStatus() throws IOException {
        Problem p = onlyError(load("goals/2025-01-06-a.md", "---\nstatus: done\n---\n"));

        assertThat(p.field()).isEqualTo("status");
        assertThat(p.message()).contains("active, paused or reached");
    }

    @Test
    void reportsAStartedThatIsNotADate() throws IOException {
        Problem p = onlyError(load("goals/2025-01-06-a.md", "---\ntitle: A\nstarted: last spring\n---\n"));

        assertThat(p.field()).isEqualTo("started");
        assertThat(p.line()).isEqualTo(3);
    }

    @Test
    void reportsAStartedWhoseYearNoJournalHas() throws IOException {
        Problem p = onlyError(load("goals/2025-01-06-a.md", "---\ntitle: A\nstarted: 0025-01-06\n---\n"));

        assertThat(p.field()).isEqualTo("started");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("has the year 25");
    }

    @Test
    void goalFieldsOnAnotherTypeOnlyWarn() throws IOException {
        EntryLoader.Result result = load("wins/2025-03-14-a.md", "---\ntitle: A\ncadence: daily\ntarget: 2\n---\n");

        assertThat(result.entry()).hasValueSatisfying(e -> assertThat(e.goal()).isNull());
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.isError()).isFalse())
                .extracting(Problem::field, Problem::line)
                .containsExactlyInAnyOrder(Tuple.tuple("cadence", 3),
                        Tuple.tuple("target", 4));
    }

    // --- whole-file problems ---

    @Test
    void reportsAFileThatIsNotUtf8NamingTheLine() throws IOException {
        byte[] latin1 = "---\ntitle: Tea\nplace: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);

        Problem p = onlyError(loadBytes("2025-03-14-a.md", latin1));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("not UTF-8");
    }

    @Test
    void anEntryOverTheLargestSizeIsAProblemNotAnOutOfMemoryError() throws IOException {
        byte[] large = new byte[(int) EntryLoader.LARGEST_ENTRY + 1];
        Arrays.fill(large, (byte) 'a');
        Path file = journal.resolve("content/wins/2025-03-14-long.md");
        Files.createDirectories(file.getParent());
        Files.write(file, large);

        // Whether the folder's walk gave its size or not.
        for (EntryLoader.Result result : List.of(loader.load(file, "content/wins/2025-03-14-long.md", "wins/2025-03-14-long.md"),
                loader.load(file, large.length, "content/wins/2025-03-14-long.md", "wins/2025-03-14-long.md"))) {
            assertThat(result.entry()).isEmpty();
            assertThat(onlyError(result).message()).isEqualTo("is 8.0 MB, and an entry may have at most 8 MB. Split it"
                    + " into several entries, or put a large text or picture in static/ and link to it.");
        }
        // The largest allowed loads.
        assertThat(loadBytes("2025-03-15-just.md", Arrays.copyOf(large, large.length - 1)).entry()).isPresent();
    }

    @Test
    void byteOrderMarkDoesNotHideTheFrontMatter() throws IOException {
        byte[] text = "---\ntitle: With BOM\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        EntryLoader.Result result = loadBytes("2025-03-14-a.md", bytes);

        assertThat(result.entry()).hasValueSatisfying(e -> assertThat(e.title()).isEqualTo("With BOM"));
    }

    @Test
    void tomlFrontMatterIsAnErrorSayingHowToWriteItAsYamlNotTextOfAPublishedEntry() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "+++\ntitle = \"Secret\"\ndraft = true\nprivate = true\n+++\nvery private\n"));

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.field()).isNull();
        assertThat(p.message()).startsWith("the front matter between '+++' lines is TOML, which Smallwins does not read.")
                .contains("'draft = true' becomes 'draft: true'");
    }

    @Test
    void aFileSavedAsUtf16WithoutByteOrderMarkIsNotPublishedAsNoise() throws IOException {
        Problem p = onlyError(loadBytes("2025-03-14-a.md", "---\ntitle: LE\n---\nx\n".getBytes(StandardCharsets.UTF_16LE)));

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("saved as UTF-16").contains("save it with the UTF-8 encoding");
    }

    @Test
    void anEmptyFileIsAnEntryWithAWarning() throws IOException {
        for (String empty : new String[] {"", "\n\n", "  \r\n"}) {
            EntryLoader.Result result = load("2025-03-14-walk.md", empty);

            assertThat(result.entry()).hasValueSatisfying(e -> assertThat(e.title()).isEqualTo("Walk"));
            assertThat(result.problems()).extracting(Problem::isError, Problem::line, Problem::message)
                    .containsExactly(Tuple.tuple(false, 1, "the file is empty, so its entry"
                            + " has no text and takes its title from the file name. Write what happened, or delete the file."));
        }
        assertThat(load("2025-03-14-walk.md", "---\ntitle: Walk\n---\n").problems()).isEmpty();
    }

    @Test
    void reportsUnclosedFrontMatterOnLineOne() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: A\n\nBody\n"));

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("never closed");
    }

    @Test
    void aGoalIdThatIsOnlyTooLongSaysSo() throws IOException {
        String id = "goal-".repeat(20);

        Problem p = onlyError(load("2025-03-14-a.md", "---\ntype: goal\nid: " + id + "\n---\n"));

        assertThat(p.field()).isEqualTo("id");
        assertThat(p.message()).startsWith("'" + id + "' is too long for a goal id (100 characters; at most 80 fit in"
                + " its page's address): shorten it, like 'goal-goal");
        assertThat(onlyError(load("2025-03-14-b.md", "---\ntype: goal\nid: Walk Outside\n---\n")).message())
                .contains("use lower-case letters, digits and '-', like 'walk-outside'");
    }

    @Test
    void numberLikeTextIsKeptAsWritten() throws IOException {
        Entry entry = load("2025-03-14-a.md", "---\ntitle: 1.10\nreward: 3.50\nsummary: 0.0000001\n---\n").entry().orElseThrow();

        assertThat(entry.title()).isEqualTo("1.10");
        assertThat(entry.reward()).isEqualTo("3.50");
        assertThat(entry.summary()).isEqualTo("0.0000001");
    }

    @Test
    void frontMatterThatIsNotOnLineOneIsAnErrorNotText() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "\n---\ntitle: Secret\nprivate: true\n---\nBody\n"));

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).startsWith("this looks like front matter, but it is on line 2, after blank lines,")
                .contains("'private' ignored").contains("starts on line 1");
        assertThat(onlyError(load("2025-03-14-b.md", "  ---\ntitle: A\n  ---\n")).message()).contains("it is indented");
        assertThat(onlyError(load("2025-03-14-c.md", "-----\ntitle: A\n-----\n")).message()).contains("made of 5 dashes");
    }

    @Test
    void brokenYamlAfterABlankLineHintsAtAMissingClosingLine() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: A\nmood: 3\n\nA walk.\nIt was cold: really: cold.\n\n---\n\nEnd.\n"));

        assertThat(p.line()).isEqualTo(6);
        assertThat(p.message()).endsWith("If the front matter ends before line 4, its closing '---' is missing: add it there.");
        assertThat(onlyError(load("2025-03-14-b.md", "---\ntitle: A\nsummary: one: two\n---\n")).message())
                .doesNotContain("closing");
    }

    @Test
    void reportsBrokenYamlOnItsFileLine() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\ntitle: A\nsummary: one: two\n---\n"));

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo("summary");
        assertThat(p.message()).endsWith("Put the value in quotes: summary: \"one: two\".");
    }

    @Test
    void reportsADuplicateFieldWithItsLine() throws IOException {
        Problem p = onlyError(load("2025-03-14-a.md", "---\nmood: 3\ntitle: A\nmood: 4\n---\n"));

        assertThat(p.line()).isEqualTo(4);
        assertThat(p.field()).isEqualTo("mood");
        assertThat(p.message()).contains("line 2");
    }

    @Test
    void reportsEveryProblemOfAFileInOneLoad() throws IOException {
        EntryLoader.Result result = load("wins/2025-03-14-a.md", """
                ---
                title: A
                mood: 9
                energy: 0
                size: huge
                draft: maybe
                type: victory
                ---
                """);

        assertThat(result.entry()).isEmpty();
        assertThat(errors(result)).extracting(Problem::field, Problem::line).containsExactlyInAnyOrder(
                Tuple.tuple("mood", 3),
                Tuple.tuple("energy", 4),
                Tuple.tuple("size", 5),
                Tuple.tuple("draft", 6),
                Tuple.tuple("type", 7));
    }

    // --- posts from other generators ---

    @Test
    void plainHugoPostLoads() throws IOException {
        Entry e = entry("posts/hello-world.md", """
                ---
                title: "Hello World"
                date: 2019-05-01T10:00:00+02:00
                categories: [life, notes]
                ---
                First post.
                """);

        assertThat(e.title()).isEqualTo("Hello World");
        assertThat(e.dateTime()).isEqualTo(LocalDateTime.of(2019, 5, 1, 10, 0));
        assertThat(e.type()).isEqualTo(EntryType.REFLECTION);
        assertThat(e.slug()).isEqualTo("hello-world");
        assertThat(e.extra()).containsEntry("categories", List.of("life", "notes"));
    }

    @Test
    void plainJekyllPostDatedByItsFileNameLoads() throws IOException {
        Entry e = entry("_posts/2019-05-01-welcome-to-jekyll.markdown", """
                ---
                layout: post
                title:  "Welcome to Jekyll!"
                categories: jekyll update
                ---
                Body.
                """);

        assertThat(e.title()).isEqualTo("Welcome to Jekyll!");
        assertThat(e.date()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(e.slug()).isEqualTo("welcome-to-jekyll");
        assertThat(e.extra()).containsEntry("layout", "post").containsEntry("categories", "jekyll update");
    }

    @Test
    void plainJekyllPostWithItsOwnDateFormatLoads() throws IOException {
        Entry e = entry("_posts/2019-05-01-welcome.md", """
                ---
                layout: post
                title: "Welcome"
                date: 2019-05-01 10:00:00 +0200
                categories: jekyll update
                ---
                """);

        assertThat(e.dateTime()).isEqualTo(LocalDateTime.of(2019, 5, 1, 10, 0));
    }

    @Test
    void yamlOneOneWordsStayTextButStillWorkAsFlags() throws IOException {
        Entry e = entry("2025-03-14-a.md", "---\ntitle: No\nslug: 007\ndraft: yes\nprivate: off\n---\n");

        assertThat(e.title()).isEqualTo("No");
        assertThat(e.slug()).isEqualTo("007");
        assertThat(e.draft()).isTrue();
        assertThat(e.privateEntry()).isFalse();
    }

    @Test
    void anIdOnAnEntryThatIsNotAGoalIsKeptForTemplates() throws IOException {
        assertThat(entry("wins/2025-03-14-a.md", "---\nid: post-17\n---\n").extra()).containsEntry("id", "post-17");
    }

    /**
     * The folder listing's size lets a file be read in one call; a file that grew or shrank since
     * it was listed, or is large, is still read whole.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, -1, -100, 100, 5000})
    void aFileIsReadWholeWhateverSizeItWasListedWith(int sizeOff) throws IOException {
        String text = "---\ntitle: Long\ndate: 2025-03-14\n---\n" + "A walk to the corner. ".repeat(300) + "End.\n";
        Path file = journal.resolve("content/wins/2025-03-14-long.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        long listed = Files.size(file) + sizeOff;
        EntryLoader.Result result = loader.load(file, sizeOff == -1 ? -1 : listed, "content/wins/2025-03-14-long.md",
                "wins/2025-03-14-long.md");
        assertThat(result.problems()).isEmpty();
        assertThat(result.entry().orElseThrow().body()).startsWith("A walk").endsWith("End.\n")
                .hasSize(text.length() - text.indexOf("A walk"));
    }

    @Test
    void aFileOfAMegabyteOrMoreIsReadWhole() throws IOException {
        String body = "x".repeat((1 << 20) + 10) + "\nEnd.\n";
        Path file = journal.resolve("content/wins/2025-03-14-big.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: Big\n---\n" + body);
        EntryLoader.Result result = loader.load(file, Files.size(file), "content/wins/2025-03-14-big.md",
                "wins/2025-03-14-big.md");
        assertThat(result.entry().orElseThrow().body()).isEqualTo(body);
    }
}
