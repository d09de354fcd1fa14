package org.smallwins.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.smallwins.model.EntryType;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.scaffold.NewEntry;

/**
 * Starts a new entry in {@code content/<wins|reflections|setbacks|goals>/YYYY-MM-DD-title.md}, as
 * {@code smallwins new} does, for example
 * {@code mvn smallwins:new -Dsmallwins.title="Drank a glass of water" -Dsmallwins.tags=body,morning}.
 * The text comes from the journal's {@code archetypes/TYPE.md} if it has one, else a built-in one. Never
 * overwrites: a name that is taken gets {@code -2}, {@code -3}...
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractJournalMojo {

    /** The type of entry: {@code win}, {@code reflection}, {@code setback} or {@code goal}. */
    @Parameter(property = "smallwins.type", defaultValue = "win", required = true)
    private String type;

    /** The title, like {@code Drank a glass of water}. Needed; checked here, to say how to give it. */
    @Parameter(property = "smallwins.title")
    private String title;

    /** Tags, separated by commas: {@code walk,outside}. */
    @Parameter(property = "smallwins.tags")
    private String tags;

    /** How it felt, a whole number from 1 (very low) to 5 (very good). */
    @Parameter(property = "smallwins.mood")
    private String mood;

    /** The id of a goal this counts toward, like {@code walk-outside}; several separated by commas. */
    @Parameter(property = "smallwins.goal")
    private String goal;

    /**
     * When it happened: {@code 2025-03-14}, {@code 2025-03-14 08:30} or {@code 2025-03-14T08:30:00+01:00}.
     * Default: now, to the minute, in the journal's time zone; the day alone with {@code today}.
     */
    @Parameter(property = "smallwins.date")
    private String date;

    @Override
    public void execute() throws MojoFailureException {
        Optional<EntryType> entryType = EntryType.fromId(type);
        if (entryType.isEmpty()) {
            throw new MojoFailureException("type: '" + type + "' is not a type of entry: use " + EntryType.allIds()
                    + " (-Dsmallwins.type=win).");
        }
        if (title == null || title.isBlank()) {
            // Maven's own message for a missing parameter names the mojo's class and every parameter.
            throw new MojoFailureException("title: an entry needs a title, even a short one: add"
                    + " -Dsmallwins.title=\"Drank a glass of water\" (quoted, for a title of several words).");
        }
        NewEntry.Result result;
        try {
            result = NewEntry.create(new NewEntry.Request(journal(), entryType.get(), title, words(tags),
                    wholeNumber("mood", mood, NewEntry.MOOD_RANGE, "3"), words(goal), date, today()));
        } catch (JournalException e) {
            throw JournalProblems.failure(getLog(), e.problems(), "no entry was made", e);
        }
        for (Problem warning : result.warnings()) {
            getLog().warn(MavenWords.of(warning));
        }
        if (result.sameNameNote() != null) {
            getLog().info(result.sameNameNote());
        }
        getLog().info("Started " + result.path());
    }

    private static List<String> words(String commaSeparated) {
        List<String> words = new ArrayList<>();
        if (commaSeparated != null) {
            for (String word : commaSeparated.split(",")) {
                if (!word.isBlank()) {
                    words.add(word.strip());
                }
            }
        }
        return words;
    }
}
