package demo;

import java.nio.file.Path;
import java.time.LocalDate;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.Smallwins;
import org.smallwins.insight.Insights;
import org.smallwins.problem.JournalException;

/** Builds journal/ into target/site as the README's library section says, and reads it for stats. */
public final class BuildJournal {
    public static void main(String[] args) {
        Path journal = Path.of("journal").toAbsolutePath();
        BuildRequest request = BuildRequest.of(journal, Path.of("target/site").toAbsolutePath())
                .withToday(LocalDate.of(2025, 1, 31));
        BuildResult result = new Smallwins().build(request);
        System.out.println("Library built " + result.journal().entries().size() + " entries, "
                + result.site().files().size() + " files");
        Insights insights = Insights.compute(Smallwins.read(request).journal());
        System.out.println("Library read " + insights.totals().wins() + " wins");
        try {
            new Smallwins().build(BuildRequest.of(journal, journal).withToday(LocalDate.of(2025, 1, 31)));
        } catch (JournalException refused) {
            System.out.println("Library refused: " + refused.problems().get(0));
        }
    }
}
