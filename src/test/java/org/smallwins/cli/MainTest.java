package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.JournalFiles;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The command line registers only the command it runs; what help and mistakes show must not change. */
class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpListsEveryCommandInOrder() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--debug").containsSubsequence("Commands:", "  init ", "  new ", "  build ", "  check ",
                "  serve ", "  stats ", "  help ");
    }

    @Test
    void noCommandShowsTheSameHelp() {
        run("--help");
        String help = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run()).isZero();
        assertThat(out.toString()).isEqualTo(help);
    }

    @Test
    void helpForOneCommandAndThatCommandsOwnHelpAgree() {
        assertThat(run("help", "build")).isZero();
        String viaHelp = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("build", "--help")).isZero();
        assertThat(viaHelp).startsWith("Usage: smallwins build ").isEqualTo(out.toString());
    }

    @Test
    void aMistypedCommandGetsASuggestionFromAllOfThem() {
        assertThat(run("buidl")).isEqualTo(2);
        assertThat(err.toString()).contains("Did you mean: smallwins build?");
        err.getBuffer().setLength(0);
        assertThat(run("stast")).isEqualTo(2);
        assertThat(err.toString()).contains("smallwins stats");
    }

    @Test
    void debugIsTakenBeforeTheCommandAsAfterIt() {
        String journal = JournalFiles.sampleJournal().toString();
        assertThat(run("--debug", "check", "--quiet", journal)).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(Main.commandWord(new String[] {"--debug", "build"})).isEqualTo("build");
        assertThat(Main.commandWord(new String[] {"build", "--debug"})).isEqualTo("build");
        assertThat(Main.commandWord(new String[] {"--debug"})).isNull();

        assertThat(run("--debug", "build", journal + "/no-such-folder")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-folder: is not a folder.").doesNotContain("Unknown option");
    }

    @Test
    void aMistypedOptionIsNeverAnsweredWithHelpOrVersion() {
        assertThat(run("check", "--verbose")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--verbose'").doesNotContain("--version")
                .contains("See 'smallwins check --help'");
        err.getBuffer().setLength(0);
        assertThat(run("build", "--outptu", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("Did you mean: --output?").doesNotContain("Possible solutions");
    }

    @Test
    void lowerCaseVBeforeAnyCommandPointsToTheVersionAndToTheCommandThatTakesIt() {
        assertThat(run("-v")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '-v'" + System.lineSeparator()
                + "-V or --version prints the version. -v (--verbose) goes after the command that takes it:"
                + " smallwins build -v." + System.lineSeparator()).doesNotContain("Exception");
    }

    @Test
    void helpForAMistypedCommandSaysItIsNoCommandWithASuggestion() {
        assertThat(run("help", "biuld")).isEqualTo(2);
        assertThat(err.toString()).startsWith("'biuld' is not a command." + System.lineSeparator()
                + "Did you mean: smallwins help build?").doesNotContain("Unknown subcommand", "Exception");
        err.getBuffer().setLength(0);
        assertThat(run("help", "zzzzzz")).isEqualTo(2);
        assertThat(err.toString()).startsWith("'zzzzzz' is not a command.").doesNotContain("Did you mean");
    }

    @Test
    void aMistypedCommandIsSaidToBeNoCommandRatherThanAnUnmatchedArgument() {
        assertThat(run("biuld", "my-journal")).isEqualTo(2);
        assertThat(err.toString()).startsWith("'biuld' is not a command." + System.lineSeparator()
                + "Did you mean: smallwins build?").doesNotContain("Unmatched", "index");
    }

    @Test
    void aWordLeftOverAfterTheFolderSaysHowToQuoteAFolderWithASpace(@TempDir Path tmp) {
        assertThat(run("build", tmp.resolve("my").toString(), "journal")).isEqualTo(2);
        assertThat(err.toString()).startsWith("'journal' was not expected: 'smallwins build' takes one folder at most."
                + " A folder name with spaces goes in quotes, like \"my journal\".").doesNotContain("Unmatched", "index");
        err.getBuffer().setLength(0);
        assertThat(run("stats", ".", "a", "b")).isEqualTo(2);
        assertThat(err.toString()).startsWith("'a', 'b' were not expected: 'smallwins stats' takes one folder at most.");
    }

    @Test
    void aBuildThatFailedHalfWaySaysItWrotePartOfTheSite() {
        // "Some of its files may be new and some old", then "nothing was written", was said of one failure.
        assertThat(Failures.afterBuild(1, true)).isEqualTo("1 problem to fix; the output folder holds part of the new site.");
        assertThat(Failures.afterBuild(2, false)).isEqualTo("2 problems to fix; nothing was written.");
        assertThat(JournalException.partlyWritten(
                Problem.error("public", 0, null, "the site could not be written")).wroteSome()).isTrue();
        assertThat(new JournalException(List.of()).wroteSome()).isFalse();
    }

    @Test
    void runningOutOfMemoryIsSaidInWordsWithWhatToDo() {
        assertThat(Main.outOfMemory(256L << 20)).isEqualTo("smallwins: ran out of memory: Java may use at most 256 MB"
                + " here. Give it more, like JAVA_TOOL_OPTIONS=-Xmx2g, or look for a very large entry or static file.");
    }

    @Test
    void aTodayThatIsNoDateIsSaidAsAMoodThatIsNoNumberIs() {
        assertThat(run("build", JournalFiles.sampleJournal().toString(), "--today", "abc")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--today abc is not a date: write it as YYYY-MM-DD, like 2025-03-14.\n")
                .doesNotContain("Invalid value");
    }

    @Test
    void aTodayWrittenAnotherWayIsSaidBackAsTheDayItMeans() {
        assertThat(run("build", JournalFiles.sampleJournal().toString(), "--today", "2025-2-3")).isEqualTo(2);
        assertThat(run("stats", JournalFiles.sampleJournal().toString(), "--today", "14.03.2025")).isEqualTo(2);
        assertThat(run("check", JournalFiles.sampleJournal().toString(), "--today", "03/04/2025")).isEqualTo(2);
        // A time of day is no part of today: the general form, not "write it as 2025-03-14 08:30".
        assertThat(run("build", JournalFiles.sampleJournal().toString(), "--today", "2025-3-14 8:30")).isEqualTo(2);

        assertThat(err.toString()).startsWith("--today 2025-2-3 is not a date: write it as 2025-02-03.\n")
                .contains("\n--today 14.03.2025 is not a date: write it as 2025-03-14.\n",
                        "\n--today 03/04/2025 is not a date: write it as 2025-03-04 (March 4) or 2025-04-03 (April 3),"
                                + " whichever you meant.\n",
                        "\n--today 2025-3-14 8:30 is not a date: write it as YYYY-MM-DD, like 2025-03-14.\n");
    }

    @Test
    void aTodayNoJournalCanHaveAndAnEmptyOneNameTheOption() {
        assertThat(run("stats", JournalFiles.sampleJournal().toString(), "--today", "0999-01-01")).isEqualTo(2);
        assertThat(run("stats", JournalFiles.sampleJournal().toString(), "--today=")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--today 0999-01-01 is not a day a journal can have: use one from 1900"
                + " to 2999, like 2025-03-14.\n").contains("\n--today '' is not a date: write it as YYYY-MM-DD")
                .doesNotContain("Invalid value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "stats", "check", "serve", "new", "init"})
    void everyCommandThatTakesATodaySaysABadOneInTheSameWords(String command, @TempDir Path tmp) {
        String[] before = command.equals("new") ? new String[] {"new", "win", "A walk"}
                : new String[] {command, command.equals("init") ? tmp.resolve("j").toString()
                        : JournalFiles.sampleJournal().toString()};

        assertThat(run(with(before, "--today", "2025-13-01"))).isEqualTo(2);
        assertThat(run(with(before, "--today", "0999-01-01"))).isEqualTo(2);
        assertThat(run(command, "--help")).isZero();

        assertThat(err.toString()).startsWith("--today 2025-13-01 is not a date: write it as YYYY-MM-DD, like"
                + " 2025-03-14.\n").contains("\n--today 0999-01-01 is not a day a journal can have: use one from"
                + " 1900 to 2999, like 2025-03-14.\n");
        // The help shows the date as the message asks for it.
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("DATE (YYYY-MM-DD)").doesNotContain("yyyy");
    }

    @Test
    void anOptionGivenWithoutItsValueSaysWhatToWriteAfterIt() {
        assertThat(run("build", JournalFiles.sampleJournal().toString(), "--today")).isEqualTo(2);
        assertThat(run("serve", "-p")).isEqualTo(2);
        assertThat(run("build", ".", "-o")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--today needs a date after it, like --today 2025-03-14.\n"
                + "See 'smallwins build --help' for what it takes.\n"
                + "--port needs a port after it, like --port 1313 (or 0 for a free one).\n"
                + "See 'smallwins serve --help' for what it takes.\n"
                + "--output needs a folder after it, like --output public.\n")
                .doesNotContain("Missing required parameter");
    }

    @Test
    void aMoodGivenWithoutItsNumberIsNotSaidToBeAMissingTypeOrTitle() {
        assertThat(run("new", "win", "A walk", "--mood")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--mood needs a number from 1 to 5 after it, like --mood 3.\n")
                .doesNotContain("TYPE", "TITLE", "Missing required parameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "new", "build", "check", "serve", "stats"})
    void everyOptionThatTakesAValueHasAnExampleOfOne(String name) {
        CommandSpec spec = (CommandSpec) Main.command(name);
        // An option whose value may be left out (check --schema) is never missing one.
        List<String> withoutExample = spec.options().stream()
                .filter(option -> option.arity().min() > 0 && CommandSpecs.valueExample(option) == null)
                .map(OptionSpec::longestName).toList();
        assertThat(withoutExample).isEmpty();
        assertThat(spec.options()).anyMatch(option -> option.arity().min() > 0);
    }

    private static String[] with(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void aTodayWithSpacesAroundItIsTheDayItSays() {
        assertThat(run("stats", JournalFiles.sampleJournal().toString(), "--today", " 2026-11-24 ")).isZero();
    }

    @Test
    void anEmptyOutputIsAMistakeOnTheCommandLine() {
        assertThat(run("build", JournalFiles.sampleJournal().toString(), "--output", "")).isEqualTo(2);
        assertThat(err.toString()).contains("--output needs a folder for the site, like --output public")
                .doesNotContain(": is the journal folder itself");
    }

    @Test
    void freemarkerLogsNothingOfItsOwnUnlessTheJavaCommandLineSaysSo() {
        String before = System.getProperty(Main.FREEMARKER_LOGGER_LIBRARY);
        try {
            System.clearProperty(Main.FREEMARKER_LOGGER_LIBRARY);
            run("--version");
            assertThat(System.getProperty(Main.FREEMARKER_LOGGER_LIBRARY)).isEqualTo("none");

            System.setProperty(Main.FREEMARKER_LOGGER_LIBRARY, "SLF4J");
            run("--version");
            assertThat(System.getProperty(Main.FREEMARKER_LOGGER_LIBRARY)).isEqualTo("SLF4J");
        } finally {
            if (before == null) {
                System.clearProperty(Main.FREEMARKER_LOGGER_LIBRARY);
            } else {
                System.setProperty(Main.FREEMARKER_LOGGER_LIBRARY, before);
            }
        }
    }

    @Test
    void aFolderInsideAJournalIsNotBuiltAsOneAndTheJournalIsNamed(@TempDir Path tmp) {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "timezone: UTC\n",
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\n---\nOutside.\n");
        Path wins = journal.resolve("content/wins");

        assertThat(run("build", wins.toString())).isEqualTo(1);

        assertThat(err.toString()).contains(wins.toAbsolutePath().normalize() + ": is inside the journal in "
                + journal.toAbsolutePath().normalize() + " (the folder with journal.yml)")
                .contains("Run the command in that folder").doesNotContain("Exception");
        assertThat(wins.resolve("public")).doesNotExist();
    }
}
