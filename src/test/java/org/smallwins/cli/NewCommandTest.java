package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.cli.InitCommandTest.Run;
import org.smallwins.model.EntryType;

class NewCommandTest {
    @TempDir
    Path tmp;

    Path journal;

    @BeforeEach
    void init() {
        journal = tmp.resolve("j");
        assertThat(Run.of("init", journal.toString(), "--today", "2026-11-24", "--timezone", "UTC").code()).isZero();
    }

    private Run newEntry(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "new";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--dir";
        all[args.length + 2] = journal.toString();
        all[args.length + 3] = "--today=2026-11-24";
        return Run.of(all);
    }

    @Test
    void printsOnlyThePathRelativeToTheJournal() {
        Run run = newEntry("win", "Drank a glass of water", "--tags", "body,morning", "--mood", "3");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("content/wins/2026-11-24-drank-a-glass-of-water.md" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        assertThat(JournalFiles.text(journal.resolve("content/wins/2026-11-24-drank-a-glass-of-water.md")))
                .contains("title: Drank a glass of water").contains("tags: [body, morning]").contains("mood: 3");
    }

    @Test
    void aTypeFolderThatIsAFileIsSaidPlainlyAndNothingIsWritten() throws IOException {
        Files.writeString(journal.resolve("content/setbacks"), "notes");

        Run run = newEntry("setback", "Rough day");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("content/setbacks: is a file, not a folder. Rename or move it")
                .doesNotContain("already holds");
        assertThat(JournalFiles.text(journal.resolve("content/setbacks"))).isEqualTo("notes");
    }

    @Test
    void aTypeFolderThatIsALinkIsRefusedSinceTheBuildWouldSkipIt() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(journal.resolve("content/setbacks"), elsewhere);

        Run run = newEntry("setback", "Rough day");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("content/setbacks: is a symbolic link, and the build skips linked folders");
        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void aDateWhoseYearNoJournalHasIsAUsageErrorAboutDate() {
        Run run = newEntry("win", "Walk", "--date", "9999-01-01");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--date: '9999-01-01' has the year 9999: a journal's dates are from 1900 to 2999")
                .doesNotContain("archetype");
        assertThat(journal.resolve("content/wins/9999-01-01-walk.md")).doesNotExist();
    }

    @Test
    void theSameTitleTwiceMakesATwo() {
        newEntry("win", "Walk");
        Run second = newEntry("win", "Walk");
        assertThat(second.out().strip()).isEqualTo("content/wins/2026-11-24-walk-2.md");
        // Said, since the writer may have meant to add to the first; a new one is still made, nothing replaced.
        assertThat(second.err().strip()).isEqualTo("content/wins/2026-11-24-walk.md is already there, so this"
                + " entry is a new one beside it; to add to that one instead, open it and delete"
                + " content/wins/2026-11-24-walk-2.md.");
        Run third = newEntry("win", "Walk");
        assertThat(third.out().strip()).isEqualTo("content/wins/2026-11-24-walk-3.md");
        assertThat(third.err()).contains("content/wins/2026-11-24-walk.md is already there");
        assertThat(newEntry("win", "Tea").err()).isEmpty();
    }

    @Test
    void unquotedTitleWordsAreJoined() {
        Run run = newEntry("reflection", "A", "quiet", "evening");
        assertThat(run.out().strip()).isEqualTo("content/reflections/2026-11-24-a-quiet-evening.md");
    }

    @Test
    void anUnknownTypeIsAUsageErrorWithAHint() {
        Run run = newEntry("wins", "Walk");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'wins' is not a type of entry (did you mean 'win'?): use win, reflection, setback or goal.");
        assertThat(journal.resolve("content/wins/2026-11-24-walk.md")).doesNotExist();
    }

    @Test
    void aMistypedOrShortenedTypeGetsTheTypeItMeant() {
        Run run = newEntry("wni", "Walk");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'wni' is not a type of entry (did you mean 'win'?)");
        assertThat(NewCommand.meantType("setbak")).contains(EntryType.SETBACK);
        assertThat(NewCommand.meantType("reflect")).contains(EntryType.REFLECTION);
        assertThat(NewCommand.meantType("Gaol")).contains(EntryType.GOAL);
        // Nothing close: no guess, only the list of types.
        assertThat(NewCommand.meantType("note")).isEmpty();
        assertThat(NewCommand.meantType("re")).isEmpty();
        assertThat(newEntry("note", "Walk").err()).contains("'note' is not a type of entry: use win, reflection, setback or goal.");
    }

    @Test
    void aMissingTypeOrTitleIsAUsageError() {
        Run nothing = Run.of("new", "--dir", journal.toString());
        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).startsWith("smallwins new needs a type (win, reflection, setback or goal) and a title:"
                        + " smallwins new win \"Stepped outside for two minutes\"")
                .contains("See 'smallwins new --help' for what it takes.").doesNotContain("Missing required");

        Run noTitle = newEntry("win");
        assertThat(noTitle.code()).isEqualTo(2);
        assertThat(noTitle.err()).startsWith("smallwins new win needs a title: smallwins new win"
                + " \"Stepped outside for two minutes\"").doesNotContain("Missing required", "Exception");
        // The type the writer gave, in the example too.
        assertThat(newEntry("--mood", "3", "reflection").err())
                .startsWith("smallwins new reflection needs a title: smallwins new reflection \"Stepped");
        // A title with no type before it: the type is what is missing.
        assertThat(newEntry("Walked to the shop").err()).startsWith("smallwins new needs a type (");
        // Only the first win that init wrote.
        assertThat(journal.resolve("content/wins").toFile().list()).containsExactly("2026-11-24-welcome.md");
    }

    @Test
    void aTitleThatStartsWithADashIsSaidToBeReadAsAnOptionWithTheWayAround() {
        // "-5 kg" is there, but picocli takes it for an option: "Missing required parameter: 'TITLE'"
        // alone would send the writer looking for a title they gave.
        Run run = newEntry("win", "-5 kg since spring", "--mood", "4");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'-5 kg since spring'").contains("starts with '-'")
                .contains("smallwins new win -- \"-5 kg since spring\"");
        assertThat(journal.resolve("content/wins").toFile().list()).containsExactly("2026-11-24-welcome.md");

        Run afterWords = newEntry("win", "Walked", "- twice");
        assertThat(afterWords.code()).isEqualTo(2);
        assertThat(afterWords.err()).contains("'- twice'").contains("starts with '-'");

        // The way around works, and a plain option typo gets no such hint.
        Run quoted = Run.of("new", "--dir", journal.toString(), "--today=2026-11-24", "win", "--", "-5 kg since spring");
        assertThat(quoted.code()).as(quoted.err()).isZero();
        assertThat(quoted.out().strip()).isEqualTo("content/wins/2026-11-24-5-kg-since-spring.md");
        Run typo = newEntry("win", "Walk", "--tgas", "a");
        assertThat(typo.err()).contains("Unknown option: '--tgas'").doesNotContain("starts with '-'");
    }

    @Test
    void aUsageMistakeNamesTheMistakeAndPointsToHelpWithoutPrintingAllOfIt() {
        Run run = newEntry("win", "Walk", "--mood", "6");
        assertThat(run.err()).contains("See 'smallwins new --help' for what it takes.").doesNotContain("Usage:");

        Run typo = Run.of("buidl");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("'buidl'").contains("smallwins build").doesNotContain("Usage:");
    }

    @Test
    void aMoodOutsideOneToFiveIsAUsageError() {
        Run run = newEntry("win", "Walk", "--mood", "6");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("--mood 6 is not allowed: use a whole number from 1 to 5");
    }

    @Test
    void aMoodThatIsNoNumberSaysWhatToGive() {
        Run run = newEntry("win", "Walk", "--mood", "good");
        assertThat(run.code()).isEqualTo(2);
        // In the words of a mood out of range.
        assertThat(run.err()).startsWith("--mood good is not a whole number: use a whole number from 1 to 5 (1 is very low")
                .doesNotContain("not an int", "Invalid value");
        assertThat(newEntry("win", "Walk", "--mood=").err()).startsWith("--mood '' is not a whole number: use");
        assertThat(journal.resolve("content/wins").toFile().list()).containsExactly("2026-11-24-welcome.md");
    }

    @Test
    void aBadDateOrGoalIdIsAUsageError() {
        assertThat(newEntry("win", "Walk", "--date", "yesterday").err()).contains("'yesterday' is not a date");
        Run goal = newEntry("win", "Walk", "--goal", "Walk Outside");
        assertThat(goal.code()).isEqualTo(2);
        assertThat(goal.err()).contains("'Walk Outside' is not a goal id").contains("'walk-outside'");
    }

    @Test
    void aDateWrittenMonthFirstIsSaidBackAsItIsRead() {
        Run run = newEntry("win", "Walk", "--date", "03/14/2025");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("'03/14/2025' is not a date: write it as 2025-03-14.");
        assertThat(journal.resolve("content/wins/2025-03-14-walk.md")).doesNotExist();
    }

    @Test
    void anUnknownGoalIsAWarningOnStandardError() {
        Run run = newEntry("win", "Walk", "--goal", "walk-outside");
        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).isEqualTo("content/wins/2026-11-24-walk.md");
        assertThat(run.err()).contains("content/wins/2026-11-24-walk.md:4: warning: goal: no goal has the id 'walk-outside'. Known goals: none yet.");
    }

    @Test
    void aDateWithATimePutsTheFileOnThatDay() {
        Run run = newEntry("setback", "Rough morning", "--date", "2026-11-20 07:15");
        assertThat(run.out().strip()).isEqualTo("content/setbacks/2026-11-20-rough-morning.md");
        assertThat(JournalFiles.text(journal.resolve(run.out().strip()))).contains("date: 2026-11-20 07:15");
    }

    @Test
    void outsideAJournalItSaysHowToStart() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("nothing-here"));
        Run run = Run.of("new", "win", "Walk", "--dir", empty.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("is not a journal folder yet").contains("smallwins init");
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void aJournalFolderThatIsNotThereIsACommandLineMistakeAsForTheOtherCommands() {
        Run nowhere = Run.of("new", "win", "Walk", "--dir", tmp.resolve("nonexist").toString());
        assertThat(nowhere.code()).isEqualTo(2);
        assertThat(nowhere.err()).startsWith(tmp.resolve("nonexist") + ": is not a folder. Pass your journal folder")
                .contains("See 'smallwins new --help'").doesNotContain("not a journal folder yet");
        assertThat(tmp.resolve("nonexist")).doesNotExist();

        Run aFile = Run.of("new", "win", "Walk", "--dir", journal.resolve("journal.yml").toString());
        assertThat(aFile.code()).isEqualTo(2);
        assertThat(aFile.err()).startsWith(journal.resolve("journal.yml") + ": is not a folder.");
    }

    @Test
    void aFolderInsideTheJournalNamesTheJournalInsteadOfSuggestingInit() throws IOException {
        Path wins = journal.resolve("content/wins");
        long before;
        try (var files = Files.list(wins)) {
            before = files.count();
        }

        Run run = Run.of("new", "win", "Walk", "--dir", wins.toString(), "--today=2026-11-24");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("is inside the journal in " + journal.toAbsolutePath().normalize())
                .doesNotContain("smallwins init");
        try (var files = Files.list(wins)) {
            assertThat(files.count()).isEqualTo(before);
        }
    }

    @Test
    void aDateAfterTodayIsWrittenWithAWarningAsTheBuildWouldGiveIt() {
        Run run = newEntry("win", "Walk", "--date", "2062-11-24");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("content/wins/2062-11-24-walk.md" + System.lineSeparator());
        assertThat(run.err()).contains("content/wins/2062-11-24-walk.md:3: warning: date: dated 2062-11-24, after today"
                + " (2026-11-24). It is published").contains("If the date is a slip, correct it.");

        Run earlier = newEntry("win", "Walk", "--date", "2026-11-23");
        assertThat(earlier.err()).isEmpty();
    }

    @Test
    void anOptionTheArchetypeHasNoPlaceForIsSaidToBeLeftOut() {
        JournalFiles.write(journal, "archetypes/win.md", "---\ntitle: {{title}}\nmood: {{mood}}\n---\n");

        Run win = newEntry("win", "Walk", "--tags", "outside", "--mood", "3");

        assertThat(win.code()).isZero();
        assertThat(win.err()).isEqualTo("archetypes/win.md: warning: --tags was left out of the new entry: this"
                + " archetype has no {{tags}}. To keep it, add a line 'tags: {{tags}}' to its front matter."
                + System.lineSeparator());

        Run goal = newEntry("goal", "Walk outside", "--mood", "2", "--goal", "move-more");

        assertThat(goal.code()).isZero();
        assertThat(goal.err()).contains("built-in archetypes/goal.md: warning: --mood was left out of the new entry")
                .contains("--goal was left out").doesNotContain("To keep it");
    }

    @Test
    void anArchetypeThatIsNotUtf8IsAProblemAtItsLineNotAnException() throws IOException {
        Files.createDirectories(journal.resolve("archetypes"));
        Files.write(journal.resolve("archetypes/win.md"),
                "---\ntitle: {{title}} caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));

        Run run = newEntry("win", "Walk");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("archetypes/win.md:2: this file is not UTF-8 text. Open it in your editor and"
                + " save it with the UTF-8 encoding." + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anEntryAnArchetypeMarksADraftIsSaidToStayOffTheSite() {
        JournalFiles.write(journal, "archetypes/win.md", "---\ntitle: {{title}}\ndraft: true\n---\n");

        Run run = newEntry("win", "Walk");

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEqualTo(run.out().strip() + ":3: warning: draft: the archetype marks this entry a draft,"
                + " so the site leaves it out until that line is deleted or says false; 'smallwins serve --drafts'"
                + " shows it meanwhile." + System.lineSeparator());
    }
}
