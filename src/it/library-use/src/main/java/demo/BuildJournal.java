package demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.Smallwins;
import org.smallwins.insight.Insights;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

/**
 * Uses journal/ as the README's library section says: builds it into target/site, builds it again
 * after an edit with the same instance, reads it for stats, and checks journal-bad/.
 */
public final class BuildJournal {
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 31);

    public static void main(String[] args) throws IOException {
        Path journal = Path.of("journal").toAbsolutePath();
        BuildRequest request = BuildRequest.of(journal, Path.of("target/site").toAbsolutePath()).withToday(TODAY);
        Smallwins smallwins = new Smallwins();
        BuildResult result = smallwins.build(request);
        System.out.println("Library built " + result.journal().entries().size() + " entries, "
                + result.site().files().size() + " files");

        // An edit to one entry's text: the same instance redoes only the pages that show it.
        Path walk = journal.resolve("content/wins/2025-01-06-first-walk.md");
        Files.writeString(walk, Files.readString(walk).replace("It counts.", "It counts, every time."));
        BuildResult again = smallwins.build(request);
        System.out.println("Library rebuilt " + again.written() + " written, " + again.unchanged() + " unchanged, "
                + smallwins.lastPagesRendered() + " pages rendered afresh of " + again.site().files().size());

        Insights insights = Insights.compute(Smallwins.read(request).journal());
        System.out.println("Library read " + insights.totals().wins() + " wins");

        BuildRequest bad = BuildRequest.of(Path.of("journal-bad").toAbsolutePath(), null).withToday(TODAY);
        for (Problem problem : new Smallwins().problems(bad)) {
            System.out.println("Library checked: " + problem.severity() + " " + problem.path() + " line "
                    + problem.line() + " field " + problem.field() + ": " + problem.message());
        }
        try {
            new Smallwins().build(BuildRequest.of(journal, journal).withToday(TODAY));
        } catch (JournalException refused) {
            System.out.println("Library refused: " + refused.problems().get(0) + " (wrote some: "
                    + refused.wroteSome() + ")");
        }
    }
}
