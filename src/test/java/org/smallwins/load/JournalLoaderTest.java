package org.smallwins.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.model.Entry;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;

class JournalLoaderTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final JournalLoader.Selection PUBLISHED = new JournalLoader.Selection(false, false);

    @TempDir
    Path journal;

    private final ProblemList problems = new ProblemList();

    private void write(String contentPath, String text) throws IOException {
        Path file = journal.resolve("content").resolve(contentPath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Journal load(JournalLoader.Selection selection) {
        return new JournalLoader(journal, JournalSettings.defaults()).load(selection, TODAY, problems);
    }

    private static List<String> sources(Journal j) {
        return j.entries().stream().map(Entry::source).toList();
    }

    private List<Problem> errors() {
        return problems.sorted().stream().filter(Problem::isError).toList();
    }

    private void writeDraftPrivateAndPlain() throws IOException {
        write("wins/2025-03-01-plain.md", "---\ntitle: Plain\n---\n");
        write("wins/2025-03-02-draft.md", "---\ndraft: true\n---\n");
        write("wins/2025-03-03-secret.md", "---\nprivate: true\n---\n");
    }

    @Test
    void anEntryWithABackslashInItsNameIsNamedAsItIsOnDisk() throws IOException {
        // On Linux a backslash is part of the name: content/wins/a/b.md would be another file.
        write("wins/2025-03-01-a\\b.md", "---\ntitle: A\nmood: 9\n---\n");

        load(PUBLISHED);

        assertThat(errors()).extracting(Problem::path).containsExactly("content/wins/2025-03-01-a\\b.md");
    }

    @Test
    void draftsAndPrivateEntriesAreLeftOutByDefault() throws IOException {
        writeDraftPrivateAndPlain();

        Journal j = load(PUBLISHED);

        assertThat(sources(j)).containsExactly("content/wins/2025-03-01-plain.md");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void aFolderNamedAlmostLikeATypesGetsOneWarningForTheEntriesThatBecameReflections() throws IOException {
        write("win/2025-03-01-a.md", "---\ntitle: A\n---\n");
        write("win/2025-03-02-b.md", "---\ntitle: B\n---\n");
        write("2024/goal/2024-05-01-walk-daily.md", "---\ntitle: Walk daily\n---\n");
        // Reflections either way, as the misspelt folder meant.
        write("reflectoins/2025-03-03-c.md", "---\ntitle: C\n---\n");
        // Said by their own type, or in a type's folder deeper down: nothing to say.
        write("winz/2025-03-04-d.md", "---\ntitle: D\ntype: win\n---\n");
        write("winz/2025-03-05-e.md", "---\ntitle: E\ntype: reflection\n---\n");
        write("setback/wins/2025-03-06-f.md", "---\ntitle: F\n---\n");
        // Not near any type's folder.
        write("notes/2025-03-07-g.md", "---\ntitle: G\n---\n");
        write("bins/2025-03-08-h.md", "---\ntitle: H\n---\n");
        write("setbakcs/2025-03-09-i.md", "---\ntitle: I\n---\n");

        Journal j = load(PUBLISHED);

        assertThat(j.entries()).hasSize(10);
        assertThat(problems.sorted()).extracting(Problem::path, Problem::line, Problem::message, Problem::isError)
                .containsExactly(
                        Tuple.tuple("content/2024/goal/2024-05-01-walk-daily.md", 1, "is a"
                                + " reflection, since goal/ is not a type's folder: did you mean goals/? Rename the folder,"
                                + " or add 'type: goal' (or 'type: reflection') to the front matter of each entry in"
                                + " content/2024/goal/ that has no type.", false),
                        Tuple.tuple("content/setbakcs/2025-03-09-i.md", 1, "is a reflection,"
                                + " since setbakcs/ is not a type's folder: did you mean setbacks/? Rename the folder, or"
                                + " add 'type: setback' (or 'type: reflection') to the front matter of each entry in"
                                + " content/setbakcs/ that has no type.", false),
                        Tuple.tuple("content/win/2025-03-01-a.md", 1, "is a reflection, since"
                                + " win/ is not a type's folder: did you mean wins/? Rename the folder, or add 'type: win'"
                                + " (or 'type: reflection') to the front matter of each entry in content/win/ that has no"
                                + " type.", false));
    }

    @Test
    void anEntryWhoseNameCannotBeReadIsAnErrorNotAnAddressMadeFromAMisreading() throws Exception {
        write("wins/2025-03-01-plain.md", "---\ntitle: Plain\n---\n");
        JournalFiles.writeWithRawName(journal, "content/wins/2025-03-02-caf\\351.md", "---\ntitle: Tea\n---\n");

        Journal j = load(PUBLISHED);

        assertThat(sources(j)).containsExactly("content/wins/2025-03-01-plain.md");
        assertThat(errors()).extracting(Problem::path, Problem::message).containsExactly(Tuple.tuple(
                "content/wins/2025-03-02-caf" + JournalLoader.UNREADABLE + ".md", JournalLoader.unreadableName()));
    }

    @Test
    void anEntryDatedAfterTodayIsPublishedWithAWarningOnItsDate() throws IOException {
        write("wins/2025-05-31-walk.md", "---\ntitle: Walk\n---\n");
        write("wins/2025-06-01-tea.md", "---\ntitle: Tea\n---\n");
        write("wins/typo.md", "---\ntitle: Typo\nmood: 3\ndate: 2052-03-14\n---\n");
        write("wins/2025-06-02-plan.md", "---\ntitle: Plan\n---\n");

        Journal j = load(PUBLISHED);

        assertThat(sources(j)).hasSize(4);
        assertThat(problems.sorted()).extracting(Problem::path, Problem::line, Problem::field, Problem::message,
                Problem::isError).containsExactly(
                Tuple.tuple("content/wins/2025-06-02-plan.md", 1, null, "dated 2025-06-02, after"
                        + " today (2025-06-01). It is published, and counts in the progress pages from that day on."
                        + " If the date is a slip, correct it.", false),
                Tuple.tuple("content/wins/typo.md", 4, "date", "dated 2052-03-14, after today"
                        + " (2025-06-01). It is published, and counts in the progress pages from that day on. If the"
                        + " date is a slip, correct it.", false));
    }

    @Test
    void theWarningFollowsTodayWhenTheSameEntriesAreLoadedAgainFromTheCache() throws IOException {
        write("wins/2025-06-02-plan.md", "---\ntitle: Plan\n---\n");
        JournalLoader loader = new JournalLoader(journal, JournalSettings.defaults());
        EntryCache cache = new EntryCache();
        ProblemList before = new ProblemList();
        loader.load(PUBLISHED, TODAY, before, cache);
        assertThat(before.sorted()).hasSize(1);

        ProblemList after = new ProblemList();
        loader.load(PUBLISHED, TODAY.plusDays(1), after, cache);

        assertThat(after.sorted()).isEmpty();
    }

    @Test
    void hugosPublishDateAfterTodayAndExpiryDateUpToTodayAreErrorsSayingToWriteDraftInstead() throws IOException {
        write("wins/2025-05-01-later.md", "---\ntitle: Later\npublishDate: 2025-06-02\n---\n");
        write("wins/2025-05-02-pub.md", "---\ntitle: Pub\npubDate: 2025-07-01T08:00:00+02:00\n---\n");
        write("wins/2025-05-03-jekyll.md", "---\ntitle: Date\npublished: 2026-01-01\n---\n");
        write("wins/2025-05-04-gone.md", "---\ntitle: Gone\nexpiryDate: 2025-06-01\n---\n");
        write("wins/2025-05-05-old.md", "---\ntitle: Old\nmood: 3\nunpublishdate: 2024-01-01\n---\n");

        load(PUBLISHED);

        String instead = " Smallwins does not read it, so the entry would be published. To keep it off the site,"
                + " write 'draft: true' instead.";
        assertThat(errors()).extracting(Problem::path, Problem::line, Problem::field, Problem::message).containsExactly(
                Tuple.tuple("content/wins/2025-05-01-later.md", 3, "publishDate", "'publishDate: 2025-06-02' is Hugo's"
                        + " way to keep a page off the site until 2025-06-02." + instead
                        + " When the day comes, delete 'draft: true'."),
                Tuple.tuple("content/wins/2025-05-02-pub.md", 3, "pubDate", "'pubDate: 2025-07-01T08:00:00+02:00' is"
                        + " Hugo's way to keep a page off the site until 2025-07-01." + instead
                        + " When the day comes, delete 'draft: true'."),
                Tuple.tuple("content/wins/2025-05-03-jekyll.md", 3, "published", "'published: 2026-01-01' is Hugo's"
                        + " way to keep a page off the site until 2026-01-01." + instead
                        + " When the day comes, delete 'draft: true'."),
                Tuple.tuple("content/wins/2025-05-04-gone.md", 3, "expiryDate", "'expiryDate: 2025-06-01' is Hugo's"
                        + " way to take a page off the site from 2025-06-01." + instead),
                Tuple.tuple("content/wins/2025-05-05-old.md", 4, "unpublishdate", "'unpublishdate: 2024-01-01' is"
                        + " Hugo's way to take a page off the site from 2024-01-01." + instead));
    }

    @Test
    void hugosDatesThatWouldNotHideThePageOrOnAHiddenEntryAreKeptWithoutAWord() throws IOException {
        write("wins/2025-05-01-past.md", "---\ntitle: Past\npublishdate: 2025-06-01\nexpirydate: 2025-06-02\n---\n");
        write("wins/2025-05-02-draft.md", "---\ntitle: Draft\ndraft: true\npublishDate: 2030-01-01\n---\n");
        write("wins/2025-05-03-jekyll.md", "---\ntitle: Jekyll\npublished: false\nexpiryDate: 2020-01-01\n---\n");

        Journal j = load(PUBLISHED);

        assertThat(sources(j)).containsExactly("content/wins/2025-05-01-past.md");
        assertThat(problems.sorted()).isEmpty();
        assertThat(j.entries().get(0).extra()).containsEntry("publishdate", "2025-06-01");
        // Shown on purpose with --drafts: not taken for a slip.
        assertThat(sources(load(new JournalLoader.Selection(true, false)))).hasSize(3);
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void aHugoPublishDateIsCheckedAgainstTodayWhenTheSameEntriesAreLoadedAgainFromTheCache() throws IOException {
        write("wins/2025-05-01-later.md", "---\ntitle: Later\npublishDate: 2025-06-02\n---\n");
        JournalLoader loader = new JournalLoader(journal, JournalSettings.defaults());
        EntryCache cache = new EntryCache();
        ProblemList before = new ProblemList();
        loader.load(PUBLISHED, TODAY, before, cache);
        assertThat(before.hasErrors()).isTrue();

        ProblemList after = new ProblemList();
        loader.load(PUBLISHED, TODAY.plusDays(1), after, cache);

        assertThat(after.sorted()).isEmpty();
    }

    @Test
    void draftsAreIncludedWhenSelected() throws IOException {
        writeDraftPrivateAndPlain();

        Journal j = load(new JournalLoader.Selection(true, false));

        assertThat(sources(j)).containsExactly("content/wins/2025-03-01-plain.md", "content/wins/2025-03-02-draft.md");
    }

    @Test
    void privateEntriesAreIncludedWhenSelected() throws IOException {
        writeDraftPrivateAndPlain();

        Journal j = load(new JournalLoader.Selection(false, true));

        assertThat(sources(j)).containsExactly("content/wins/2025-03-01-plain.md", "content/wins/2025-03-03-secret.md");
    }

    @Test
    void everythingIsIncludedWhenBothAreSelected() throws IOException {
        writeDraftPrivateAndPlain();

        assertThat(load(new JournalLoader.Selection(true, true)).entries()).hasSize(3);
    }

    @Test
    void entriesAreSortedByDateTimeThenByPath() throws IOException {
        write("wins/b.md", "---\ndate: 2025-03-02\n---\n");
        write("reflections/z.md", "---\ndate: 2025-03-02\n---\n");
        write("setbacks/a.md", "---\ndate: 2025-03-02 09:15\n---\n");
        write("wins/c.md", "---\ndate: 2025-03-01 23:00\n---\n");
        write("wins/a.md", "---\ndate: 2025-03-03\n---\n");

        Journal j = load(PUBLISHED);

        assertThat(sources(j)).containsExactly(
                "content/wins/c.md",
                "content/reflections/z.md",
                "content/wins/b.md",
                "content/setbacks/a.md",
                "content/wins/a.md");
    }

    @Test
    void journalKeepsSettingsAndToday() throws IOException {
        write("wins/2025-03-01-a.md", "A\n");
        JournalSettings settings = JournalSettings.defaults();

        Journal j = new JournalLoader(journal, settings).load(PUBLISHED, TODAY, problems);

        assertThat(j.settings()).isEqualTo(settings);
        assertThat(j.today()).isEqualTo(TODAY);
    }

    @Test
    void reportsTwoEntriesWithOneUrlNamingBothFiles() throws IOException {
        write("wins/2025-03-14-walk.md", "A win.\n");
        write("reflections/2025-03-14-walk.md", "A reflection.\n");

        load(PUBLISHED);

        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("slug");
            assertThat(p.toString()).contains("content/wins/2025-03-14-walk.md")
                    .contains("content/reflections/2025-03-14-walk.md")
                    .contains("2025/03/14/walk/");
        });
    }

    @Test
    void aSlugFieldMakesTheSameUrl() throws IOException {
        write("wins/2025-03-14-walk.md", "A win.\n");
        write("wins/2025-03-14-stroll.md", "---\ntitle: Stroll\nslug: walk\n---\n");

        load(PUBLISHED);

        assertThat(errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("same URL"));
    }

    @Test
    void twoFilesNamedAlikeAreToldToRenameOneNotToChangeATitleThatIsNotInTheUrl() throws IOException {
        write("wins/2025-03-14-walk.md", "---\ntitle: A walk\n---\n");
        write("reflections/2025-03-14-walk.md", "---\ntitle: On walking\n---\n");

        load(PUBLISHED);

        // The URL comes from the file name; another title would leave it as it is.
        assertThat(errors()).singleElement().satisfies(p -> assertThat(p.message())
                .doesNotContain("another title")
                .contains("rename one of the files")
                .contains("'slug:'"));
    }

    @Test
    void whenOnlyOneEntrySetsTheSlugThatClashesTheProblemIsAtThatSlugLine() throws IOException {
        // Read in either order, the one to change is the one whose slug: made the clash.
        write("wins/2025-03-14-stroll.md", "---\ntitle: Stroll\nslug: walk\n---\n");
        write("wins/2025-03-14-walk.md", "---\ntitle: Walk\n---\n");
        write("reflections/2025-03-15-a.md", "---\ntitle: A\n---\n");
        write("wins/2025-03-15-b.md", "---\ntitle: B\nslug: a\n---\n");

        load(PUBLISHED);

        assertThat(errors()).hasSize(2).allSatisfy(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("Change this slug").doesNotContain("another title");
        });
        assertThat(errors()).extracting(Problem::path)
                .containsExactlyInAnyOrder("content/wins/2025-03-14-stroll.md", "content/wins/2025-03-15-b.md");
    }

    @Test
    void twoEntriesWhoseSlugsMeetAreToldToChangeOneSlug() throws IOException {
        write("wins/2025-03-14-walk.md", "---\ntitle: Walk\nslug: out\n---\n");
        write("wins/2025-03-14-stroll.md", "---\ntitle: Stroll\nslug: out\n---\n");

        load(PUBLISHED);

        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).endsWith(", and both set it with 'slug:'. Change the slug of one of them.")
                    .doesNotContain("title or file name");
        });
    }

    @Test
    void sameSlugOnDifferentDaysIsFine() throws IOException {
        write("wins/2025-03-14-walk.md", "A.\n");
        write("wins/2025-03-15-walk.md", "B.\n");

        assertThat(load(PUBLISHED).entries()).hasSize(2);
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void anExcludedDraftDoesNotClashWithThePublishedEntry() throws IOException {
        write("wins/2025-03-14-walk.md", "A.\n");
        write("reflections/2025-03-14-walk.md", "---\ndraft: true\n---\n");

        assertThat(load(PUBLISHED).entries()).hasSize(1);
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void reportsTwoGoalsWithOneId() throws IOException {
        write("goals/2025-01-01-run.md", "---\nid: run\n---\n");
        write("goals/2025-01-02-running.md", "---\ntitle: Running\nid: run\n---\n");

        load(PUBLISHED);

        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("content/goals/2025-01-02-running.md");
            assertThat(p.field()).isEqualTo("id");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("'run'").contains("content/goals/2025-01-01-run.md");
        });
    }

    @Test
    void warnsAboutAnUnknownGoalId() throws IOException {
        write("goals/2025-01-01-run.md", "---\ntitle: Run\n---\n");
        write("wins/2025-03-14-a.md", "---\ntitle: A\ngoal: [run, swim]\n---\n");

        Journal j = load(PUBLISHED);

        assertThat(j.entries()).hasSize(2);
        assertThat(problems.hasErrors()).isFalse();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.path()).isEqualTo("content/wins/2025-03-14-a.md");
            assertThat(p.field()).isEqualTo("goal");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("'swim'").contains("Known goals: run");
        });
    }

    @Test
    void anUnknownGoalIdOneSlipFromAGoalsAsksIfThatGoalWasMeant() throws IOException {
        write("goals/2025-01-01-walk-daily.md", "---\ntitle: Walk daily\n---\n");
        write("goals/2025-01-02-read.md", "---\ntitle: Read\n---\n");
        write("wins/2025-03-14-a.md", "---\ntitle: A\ngoal: walk-dayly\n---\n");

        load(PUBLISHED);

        assertThat(problems.sorted()).singleElement().extracting(Problem::message).isEqualTo("no goal has the id"
                + " 'walk-dayly' (did you mean 'walk-daily'?). Known goals: read, walk-daily. Fix the id, or add the"
                + " goal with: smallwins new goal \"...\"");
    }

    @Test
    void anUnknownGoalIdFarFromEveryGoalAsksNothing() throws IOException {
        write("goals/2025-01-01-walk-daily.md", "---\ntitle: Walk daily\n---\n");
        write("wins/2025-03-14-a.md", "---\ntitle: A\ngoal: swim\n---\n");

        load(PUBLISHED);

        assertThat(problems.sorted()).singleElement().extracting(Problem::message)
                .isEqualTo("no goal has the id 'swim'. Known goals: walk-daily. Fix the id, or add the goal with:"
                        + " smallwins new goal \"...\"");
    }

    @Test
    void aLongListOfKnownGoalsNamesTheFirstTenAndCountsTheRest() throws IOException {
        for (int i = 1; i <= 30; i++) {
            write(String.format("goals/2025-01-01-goal-%02d.md", i), "---\ntitle: Goal\n---\n");
        }
        write("wins/2025-03-14-a.md", "---\ntitle: A\ngoal: swim\n---\n");

        load(PUBLISHED);

        assertThat(problems.sorted()).singleElement().extracting(Problem::message).asString()
                .contains("Known goals: goal-01, goal-02, goal-03, goal-04, goal-05, goal-06, goal-07, goal-08,"
                        + " goal-09, goal-10 and 20 more. Fix the id");
    }

    @Test
    void aGoalThatIsADraftOrPrivateIsNamedWithHowToIncludeItNotAsUnknown() throws IOException {
        write("goals/2025-01-01-dg.md", "---\nid: dg\ndraft: true\n---\n");
        write("goals/2025-01-02-pg.md", "---\nid: pg\nprivate: true\n---\n");
        write("wins/2025-03-14-a.md", "---\ntitle: A\ngoal: [dg, pg]\n---\n");

        load(PUBLISHED);

        assertThat(problems.hasErrors()).isFalse();
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly(
                "content/wins/2025-03-14-a.md:3: warning: goal: the goal 'dg' is a draft (content/goals/2025-01-01-dg.md), left"
                        + " out of this build, so this entry does not count toward it on the site yet. It counts once the"
                        + " goal is published, or in a build with --drafts. The id is right: no new goal is needed.",
                "content/wins/2025-03-14-a.md:3: warning: goal: the goal 'pg' is private (content/goals/2025-01-02-pg.md), left"
                        + " out of this build, so this entry does not count toward it on the site yet. It counts once the"
                        + " goal is published, or in a build with --private. The id is right: no new goal is needed.");
        assertThat(problems.sorted()).noneMatch(p -> p.message().contains("smallwins new goal"));

        ProblemList everything = new ProblemList();
        new JournalLoader(journal, JournalSettings.defaults()).load(new JournalLoader.Selection(true, true), TODAY, everything);
        assertThat(everything.sorted()).isEmpty();
    }

    @Test
    void editorBackupsLockFilesAndHiddenFoldersAreSkipped() throws IOException {
        String broken = "---\ntitle: [unclosed\n---\n";
        write("wins/2025-03-14-walk.md", "A.\n");
        write("wins/.#2025-03-14-walk.md", broken);
        write("wins/2025-03-14-walk.md~", broken);
        write("wins/#2025-03-14-walk.md", broken);
        write(".git/2025-03-14-x.md", broken);
        write("wins/.drafts/2025-03-14-y.md", broken);
        write(".hidden.md", broken);

        Journal j = load(PUBLISHED);

        assertThat(sources(j)).containsExactly("content/wins/2025-03-14-walk.md");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void onlyMarkdownFilesAreEntries() throws IOException {
        write("wins/2025-03-14-walk.markdown", "A.\n");
        write("wins/2025-03-15-run.MD", "B.\n");
        write("wins/notes.txt", "not an entry");
        write("wins/photo.jpg", "binary-ish");

        assertThat(load(PUBLISHED).entries()).hasSize(2);
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void reportsEveryBrokenFileInOneRun() throws IOException {
        write("wins/2025-03-14-good.md", "Fine.\n");
        write("wins/2025-03-15-mood.md", "---\nmood: 7\n---\n");
        write("wins/2025-03-16-yaml.md", "---\ntitle: a: b\n---\n");
        write("wins/2025-03-17-open.md", "---\ntitle: never closed\n");
        write("wins/nodate.md", "---\ntitle: No date\n---\n");

        Journal j = load(PUBLISHED);

        assertThat(sources(j)).containsExactly("content/wins/2025-03-14-good.md");
        assertThat(errors()).extracting(Problem::path).containsExactly(
                "content/wins/2025-03-15-mood.md",
                "content/wins/2025-03-16-yaml.md",
                "content/wins/2025-03-17-open.md",
                "content/wins/nodate.md");
    }

    @Test
    void aContentFolderThatIsALinkToWhereTheEntriesAreKeptIsReadAsContent() throws IOException {
        Path synced = Files.createDirectories(journal.resolve("synced/wins"));
        Files.writeString(synced.resolve("2025-03-14-walk.md"), "---\ntitle: Walk\n---\nA walk.\n");
        Files.createSymbolicLink(journal.resolve("content"), synced.getParent());

        Journal j = load(PUBLISHED);

        assertThat(sources(j)).containsExactly("content/wins/2025-03-14-walk.md");
        assertThat(j.entries().get(0).title()).isEqualTo("Walk");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void aFolderInsideContentThatIsALinkIsSkippedWithAWarningNotSilently() throws IOException {
        write("wins/2025-03-14-walk.md", "A.\n");
        Path elsewhere = Files.createDirectories(journal.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("2025-03-15-r.md"), "R.\n");
        Files.createSymbolicLink(journal.resolve("content/reflections"), elsewhere);

        Journal j = load(PUBLISHED);

        assertThat(sources(j)).containsExactly("content/wins/2025-03-14-walk.md");
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.path()).isEqualTo("content/reflections");
            assertThat(p.message()).contains("symbolic link to a folder").contains("real folders inside content/");
        });
    }

    @Test
    void aJournalWithoutContentReadsItsEntriesButNotItsOtherFoldersOrABuiltSite() throws IOException {
        // Entries straight in the journal folder (as a Jekyll folder has them): content/ is optional.
        JournalFiles.write(journal,
                "wins/2025-03-14-walk.md", "---\ntitle: Walk\n---\nA walk.\n",
                "2025-03-15-tea.md", "---\ntitle: Tea\n---\nTea.\n",
                "static/about.md", "A page copied as it is.\n",
                "archetypes/win.md", "---\ntitle: {{title}}\n---\n",
                "themes/quiet/notes.md", "Theme notes.\n",
                "public/.smallwins-output", "# Made by Smallwins.\n",
                "public/about.md", "A page copied as it is.\n",
                "site-elsewhere/.smallwins-output", "# Made by Smallwins.\n",
                "site-elsewhere/wins/2025-03-14-walk.md", "---\ntitle: Walk\n---\nA walk.\n",
                "notes/static/2025-03-16-kept.md", "---\ntitle: Kept\n---\nA folder named static, deeper down.\n");

        Journal j = load(PUBLISHED);

        assertThat(sources(j)).containsExactly("wins/2025-03-14-walk.md", "2025-03-15-tea.md",
                "notes/static/2025-03-16-kept.md");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void symbolicLinkIsSkippedWithAWarning() throws IOException {
        write("wins/2025-03-14-walk.md", "A.\n");
        Path outside = Files.writeString(journal.resolve("secret.md"), "---\ndate: 2025-03-15\n---\nSecret\n");
        Path link = journal.resolve("content/wins/2025-03-15-link.md");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not available here");
        }

        Journal j = load(PUBLISHED);

        assertThat(sources(j)).containsExactly("content/wins/2025-03-14-walk.md");
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.path()).isEqualTo("content/wins/2025-03-15-link.md");
        });
    }

    @Test
    void aJournalWithoutContentIsEmpty() {
        Journal j = load(PUBLISHED);

        assertThat(j.entries()).isEmpty();
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void aFolderThatCannotBeOpenedIsNamedUnlessItIsHidden() throws IOException {
        write("wins/locked/2025-01-01-a.md", "---\ntitle: A\n---\n");
        write(".Trashes/2025-01-02-b.md", "---\ntitle: B\n---\n");
        write("wins/old.txt", "notes");
        Path content = journal.resolve("content");
        JournalLoader loader = new JournalLoader(journal, JournalSettings.defaults());
        AccessDeniedException denied = new AccessDeniedException("x");

        assertThat(loader.walkFailure(content, content, content.resolve("wins/locked"), denied)).asString()
                .isEqualTo("content/wins/locked: is a folder that cannot be opened (this account may not read it),"
                        + " so the entries in it would be left out. Make it readable (chmod u+rx), or move it out of content/.");
        assertThat(loader.walkFailure(content, content, content.resolve(".Trashes"), denied)).isNull();
        assertThat(loader.walkFailure(content, content, content.resolve("wins/old.txt"), denied)).isNull();
        assertThat(loader.walkFailure(content, content, content.resolve("wins/locked/2025-01-01-a.md"),
                new FileSystemException("x"))).asString()
                .isEqualTo("content/wins/locked/2025-01-01-a.md: cannot be read (file system). Make it readable"
                        + " (chmod u+r), or move it out of content/.");
    }

    @Test
    void anUnreadableFolderIsReportedWithTheOtherProblemsAndTheRestLoads() throws IOException {
        // Root opens every folder whatever its mode: only another account shows the real failure.
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")));
        write("wins/2025-01-01-a.md", "---\ntitle: A\n---\n");
        write("wins/2025-01-02-b.md", "---\nmood: 9\n---\n");
        write("wins/locked/2025-01-03-c.md", "---\ntitle: C\n---\n");
        write(".Trashes/2025-01-04-d.md", "---\ntitle: D\n---\n");
        Files.setPosixFilePermissions(journal.resolve("content/wins/locked"), Set.of());
        Files.setPosixFilePermissions(journal.resolve("content/.Trashes"), Set.of());
        try {
            Journal loaded = load(PUBLISHED);

            assertThat(sources(loaded)).containsExactly("content/wins/2025-01-01-a.md");
            assertThat(errors()).extracting(Problem::path)
                    .containsExactly("content/wins/2025-01-02-b.md", "content/wins/locked");
        } finally {
            Files.setPosixFilePermissions(journal.resolve("content/wins/locked"),
                    PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(journal.resolve("content/.Trashes"),
                    PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void tagsSpeltOtherwiseThatShareAPageAreSaidOnceEach() throws IOException {
        write("wins/2025-01-01-a.md", "---\ntitle: A\ntags: [C#, café, Walk]\n---\n");
        write("wins/2025-01-02-b.md", "---\ntitle: B\ntags: [C++, cafe, walk]\n---\n");
        write("wins/2025-01-03-c.md", "---\ntitle: C\n\ntags: [c++]\n---\n");

        load(PUBLISHED);

        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly(
                "content/wins/2025-01-02-b.md:3: warning: tags: 'C++' and 'C#' (content/wins/2025-01-01-a.md) share one"
                        + " tag page, /tags/c/, since a page's name keeps only plain letters and digits; it shows them as"
                        + " one tag, 'C#'. Spell one otherwise to keep them apart (like 'Cplusplus'), or both alike.",
                "content/wins/2025-01-02-b.md:3: warning: tags: 'cafe' and 'café' (content/wins/2025-01-01-a.md) share"
                        + " one tag page, /tags/cafe/, since a page's name keeps only plain letters and digits; it shows"
                        + " them as one tag, 'café'. Spell one otherwise to keep them apart, or both alike.");
    }

    @Test
    void twoTagsOfOneEntryThatShareAPageKeepTheFirstAndSaySo() throws IOException {
        write("wins/2025-01-01-a.md", "---\ntitle: A\ntags: [C#, C++, walk, Walk]\n---\n");

        Journal loaded = load(PUBLISHED);

        assertThat(loaded.entries().get(0).tags()).containsExactly("C#", "walk");
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly(
                "content/wins/2025-01-01-a.md:3: warning: tags: 'C++' and 'C#' would share one tag page, /tags/c/, since"
                        + " a page's name keeps only plain letters and digits, so 'C++' is left out. Spell it otherwise"
                        + " to keep it (like 'Cplusplus').");
    }

    @Test
    void theSpellingOfferedToKeepTagsApartIsMadeFromTheTagLeftOut() {
        assertThat(EntryLoader.likeApart("c", "C#")).isEqualTo(" (like 'Csharp')");
        assertThat(EntryLoader.likeApart("rd", "R&D")).isEqualTo(" (like 'RandD')");
        // 'C' beside 'c++' has no symbol to spell out: no example, rather than one about another tag.
        assertThat(EntryLoader.likeApart("c", "C")).isEmpty();
        assertThat(EntryLoader.likeApart("cafe", "cafe", "café")).isEmpty();
    }

    @Test
    void aSyncToolsConflictCopyIsPublishedAndNamedInAWarning() throws IOException {
        write("wins/2025-01-01-walk.md", "---\ntitle: Walk\n---\n");
        write("wins/2025-01-01-walk (conflicted copy 2025-01-02).md", "---\ntitle: Walk\n---\n");
        write("wins/2025-01-01-walk.sync-conflict-20250102-101010-ABCDEFG.md", "---\ntitle: Walk\n---\n");
        write("wins/2025-01-01-walk (1).md", "---\ntitle: Walk one\n---\n");
        // Named like a copy, but of nothing: the writer's own.
        write("wins/2025-01-03-day (1).md", "---\ntitle: Day one\n---\n");

        Journal loaded = load(PUBLISHED);

        assertThat(loaded.entries()).hasSize(5);
        assertThat(problems.sorted()).filteredOn(p -> p.message().contains("sync tool")).extracting(Problem::path)
                .containsExactly("content/wins/2025-01-01-walk (1).md",
                        "content/wins/2025-01-01-walk (conflicted copy 2025-01-02).md",
                        "content/wins/2025-01-01-walk.sync-conflict-20250102-101010-ABCDEFG.md");
        assertThat(problems.sorted()).filteredOn(p -> p.message().contains("sync tool")).first().asString()
                .endsWith("looks like a copy a sync tool made when two devices changed '2025-01-01-walk.md' at once,"
                        + " and is published as an entry of its own. Keep the right text in one of them and delete the other.");
    }

    @Test
    void aFirstEntryYearsBeforeAllTheOthersIsAskedAbout() throws IOException {
        write("wins/2025-01-01-a.md", "---\ntitle: A\n---\n");
        write("wins/2025-02-01-b.md", "---\ntitle: B\n---\n");
        write("wins/1925-03-01-c.md", "---\ntitle: C\ndate: 1925-03-01\n---\n");

        load(PUBLISHED);

        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly(
                "content/wins/1925-03-01-c.md:3: warning: date: dated 1925-03-01, 100 years before any other entry (the"
                        + " next is 2025-01-01, content/wins/2025-01-01-a.md). The progress pages count from it, with a"
                        + " review for each year between. If the date is a slip, correct it.");
    }

    @Test
    void whenTheNextEntryIsTheOneAfterTodayOnlyThatOneIsAskedAbout() throws IOException {
        write("wins/2025-01-01-a.md", "---\ntitle: A\n---\n");
        write("wins/2052-03-14-b.md", "---\ntitle: B\n---\n");

        load(PUBLISHED);

        assertThat(problems.sorted()).singleElement().asString().contains("2052-03-14-b.md").contains("after today");
    }

    @Test
    void aFirstEntryAFewYearsBeforeTheNextIsNotAskedAbout() throws IOException {
        write("wins/2020-01-01-a.md", "---\ntitle: A\n---\n");
        write("wins/2025-02-01-b.md", "---\ntitle: B\n---\n");

        load(PUBLISHED);

        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void filesBesideTheEntriesAreKeptByPathButNotHiddenOnesOrLinks() throws IOException {
        write("wins/2025-03-01-plain.md", "---\ntitle: Plain\n---\n");
        write("wins/heron.jpg", "heron");
        write("wins/photos/my walk.jpg", "walk");
        write("wins/.hidden.jpg", "hidden");
        write("wins/backup.jpg~", "backup");
        write("wins/#lock.jpg", "lock");
        write(".private/x.jpg", "x");
        Files.writeString(journal.resolve("elsewhere.jpg"), "elsewhere");
        Files.createSymbolicLink(journal.resolve("content/wins/linked.jpg"), journal.resolve("elsewhere.jpg"));

        Journal loaded = load(PUBLISHED);

        assertThat(loaded.contentFiles()).containsExactly("wins/heron.jpg", "wins/photos/my walk.jpg");
        assertThat(sources(loaded)).containsExactly("content/wins/2025-03-01-plain.md");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void filesBesideTheEntriesFollowTheWatchersEvents() throws IOException {
        write("wins/2025-03-01-plain.md", "---\ntitle: Plain\n---\n");
        EntryCache cache = new EntryCache();
        JournalLoader loader = new JournalLoader(journal, JournalSettings.defaults());
        assertThat(loader.load(PUBLISHED, TODAY, problems, cache, null).contentFiles()).isEmpty();

        write("wins/heron.jpg", "heron");
        Path heron = journal.resolve("content/wins/heron.jpg");
        assertThat(loader.load(PUBLISHED, TODAY, problems, cache, Set.of(heron)).contentFiles())
                .containsExactly("wins/heron.jpg");
        Files.delete(heron);
        assertThat(loader.load(PUBLISHED, TODAY, problems, cache, Set.of(heron)).contentFiles()).isEmpty();
    }

    /** An entry, a symbolic link with an entry's name and one to a folder; null when links cannot be made here. */
    private Path writeEntryBesideTwoLinks() throws IOException {
        write("wins/2025-03-14-walk.md", "---\ntitle: Walk\n---\nA walk.\n");
        Path outside = Files.writeString(journal.resolve("secret.md"), "---\ndate: 2025-03-15\n---\nSecret\n");
        Path elsewhere = Files.createDirectories(journal.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("2025-03-16-r.md"), "R.\n");
        try {
            Files.createSymbolicLink(journal.resolve("content/wins/2025-03-15-link.md"), outside);
            Files.createSymbolicLink(journal.resolve("content/reflections"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not available here");
        }
        return journal.resolve("content/wins/2025-03-14-walk.md");
    }

    /** What a load without cache (a full build's) says now. */
    private List<Problem> fullLoadSays() {
        ProblemList full = new ProblemList();
        new JournalLoader(journal, JournalSettings.defaults()).load(PUBLISHED, TODAY, full);
        return full.sorted();
    }

    @Test
    void linksWarningsAreSaidOnEveryLoadAfterUnrelatedEditsAsAFullBuildSaysThemWithoutWalkingAgain() throws IOException {
        Path walk = writeEntryBesideTwoLinks();
        EntryCache cache = new EntryCache();
        JournalLoader loader = new JournalLoader(journal, JournalSettings.defaults());
        ProblemList first = new ProblemList();
        loader.load(PUBLISHED, TODAY, first, cache, null);
        assertThat(first.sorted()).extracting(Problem::path)
                .containsExactly("content/reflections", "content/wins/2025-03-15-link.md");

        for (int i = 1; i <= 2; i++) {
            String time = "the " + i + ". time";
            Files.writeString(walk, "---\ntitle: Walk\n---\nA longer walk, " + time + ".\n");
            ProblemList again = new ProblemList();
            Journal j = loader.load(PUBLISHED, TODAY, again, cache, Set.of(walk));

            assertThat(j.entries()).singleElement().satisfies(e -> assertThat(e.body()).contains(time));
            assertThat(again.sorted()).isEqualTo(first.sorted()).isEqualTo(fullLoadSays());
        }
        assertThat(cache.walks()).isEqualTo(1);
    }

    @Test
    void aLinksWarningGoesWhenTheLinkGoesAndTheOtherStays() throws IOException {
        Path walk = writeEntryBesideTwoLinks();
        EntryCache cache = new EntryCache();
        JournalLoader loader = new JournalLoader(journal, JournalSettings.defaults());
        loader.load(PUBLISHED, TODAY, new ProblemList(), cache, null);

        Path link = journal.resolve("content/wins/2025-03-15-link.md");
        Files.delete(link);
        ProblemList afterLink = new ProblemList();
        loader.load(PUBLISHED, TODAY, afterLink, cache, Set.of(link));
        assertThat(afterLink.sorted()).extracting(Problem::path).containsExactly("content/reflections");
        assertThat(afterLink.sorted()).isEqualTo(fullLoadSays());

        Files.writeString(walk, "---\ntitle: Walk\n---\nA longer walk.\n");
        ProblemList afterEdit = new ProblemList();
        loader.load(PUBLISHED, TODAY, afterEdit, cache, Set.of(walk));
        assertThat(afterEdit.sorted()).isEqualTo(afterLink.sorted());
        assertThat(cache.walks()).isEqualTo(2);

        Path folderLink = journal.resolve("content/reflections");
        Files.delete(folderLink);
        ProblemList afterFolderLink = new ProblemList();
        loader.load(PUBLISHED, TODAY, afterFolderLink, cache, Set.of(folderLink));
        assertThat(afterFolderLink.sorted()).isEmpty();
    }

    @Test
    void aLinkWhoseFolderGoesOutsideContentIsSaidAsAWalkWouldSayItThoughNoEventNamesIt() throws IOException {
        Path walk = writeEntryBesideTwoLinks();
        EntryCache cache = new EntryCache();
        JournalLoader loader = new JournalLoader(journal, JournalSettings.defaults());
        loader.load(PUBLISHED, TODAY, new ProblemList(), cache, null);

        // content/reflections now leads nowhere: a walk takes it for a file that is not an entry.
        Files.delete(journal.resolve("elsewhere/2025-03-16-r.md"));
        Files.delete(journal.resolve("elsewhere"));
        Files.writeString(walk, "---\ntitle: Walk\n---\nA longer walk.\n");
        ProblemList again = new ProblemList();
        loader.load(PUBLISHED, TODAY, again, cache, Set.of(walk));

        assertThat(again.sorted()).extracting(Problem::path).containsExactly("content/wins/2025-03-15-link.md");
        assertThat(again.sorted()).isEqualTo(fullLoadSays());
    }

    @Test
    void aMisreadNamesErrorStaysThroughUnrelatedEditsAndGoesWithItsFolder() throws Exception {
        write("wins/2025-03-14-walk.md", "---\ntitle: Walk\n---\nA walk.\n");
        Path old = Files.createDirectories(journal.resolve("content/old"));
        JournalFiles.writeWithRawName(journal, "content/old/2025-03-02-caf\\351.md", "---\ntitle: Tea\n---\n");
        EntryCache cache = new EntryCache();
        JournalLoader loader = new JournalLoader(journal, JournalSettings.defaults());
        ProblemList first = new ProblemList();
        loader.load(PUBLISHED, TODAY, first, cache, null);
        assertThat(first.sorted()).extracting(Problem::path)
                .containsExactly("content/old/2025-03-02-caf" + JournalLoader.UNREADABLE + ".md");

        Path walk = journal.resolve("content/wins/2025-03-14-walk.md");
        Files.writeString(walk, "---\ntitle: Walk\n---\nA longer walk.\n");
        ProblemList afterEdit = new ProblemList();
        loader.load(PUBLISHED, TODAY, afterEdit, cache, Set.of(walk));
        assertThat(afterEdit.sorted()).isEqualTo(first.sorted()).isEqualTo(fullLoadSays());
        assertThat(cache.walks()).isEqualTo(1);

        // The folder goes as a whole (one event, for the folder), its one file never found by its name.
        try (var files = Files.list(old)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(old);
        ProblemList afterDelete = new ProblemList();
        loader.load(PUBLISHED, TODAY, afterDelete, cache, Set.of(old));
        assertThat(afterDelete.sorted()).isEmpty();
    }
}
