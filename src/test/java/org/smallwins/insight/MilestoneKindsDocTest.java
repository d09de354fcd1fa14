package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every kind of milestone the code finds ({@link Milestones#KINDS}) is named where a reader looks for
 * it: in README's list of milestones, in docs/theme-model.md for themes, and in docs/stats-json.md,
 * whose table of kinds follows the code's order (the order milestones of one day come in). Here, in
 * the package of {@code KINDS}, so that a kind added to the code fails this test until the three say
 * it too.
 */
class MilestoneKindsDocTest {
    /** How README's milestone list says each kind, in the code's order. A new kind needs its words here. */
    private static final Map<String, String> README_WORDS = new LinkedHashMap<>();

    static {
        README_WORDS.put(Milestone.ANNIVERSARY, "one month, six months, a year, two years... since you started");
        README_WORDS.put(Milestone.WIN_COUNT, "your first win, 10th, 25th... win");
        README_WORDS.put(Milestone.NEW_TAG, "a first win with a new tag");
        README_WORDS.put(Milestone.BUSY_WEEK, "a first week with wins on five days");
        README_WORDS.put(Milestone.GOAL_MONTH, "the first month in which you met a weekly goal every week");
        README_WORDS.put(Milestone.MARKED, "entries you mark `milestone: true`");
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    /** The `ids` in backticks of {@code text}, in order. */
    private static List<String> ids(String text) {
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("`([a-z-]+)`").matcher(text);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    @Test
    void theReadmesListOfMilestonesNamesEveryKind() throws IOException {
        assertThat(README_WORDS.keySet()).as("a kind the code finds needs its words in README, and here")
                .containsExactlyElementsOf(Milestones.KINDS);
        String readme = read("README.md").replaceAll("\\s+", " ");
        int start = readme.indexOf("milestones a timeline at `milestones/` (");
        assertThat(start).as("README's list of milestones").isNotNegative();
        String list = readme.substring(start, readme.indexOf(";", start));
        int at = 0;
        for (Map.Entry<String, String> kind : README_WORDS.entrySet()) {
            int found = list.indexOf(kind.getValue(), at);
            assertThat(found).as("README's list of milestones says " + kind.getKey() + " as \"" + kind.getValue()
                    + "\", after the kinds before it:\n" + list).isNotNegative();
            at = found + kind.getValue().length();
        }
    }

    @Test
    void theThemeModelNamesEveryKind() throws IOException {
        String model = read("docs/theme-model.md").replaceAll("\\s+", " ");
        Matcher sentence = Pattern.compile("`kind` is (`[a-z-]+`(?:, `[a-z-]+`)* or `[a-z-]+`)").matcher(model);
        assertThat(sentence.find()).as("docs/theme-model.md lists the milestone kinds").isTrue();
        assertThat(ids(sentence.group(1))).containsExactlyElementsOf(Milestones.KINDS);
    }

    @Test
    void theStatsJsonDocsNameEveryKindInTheCodesOrder() throws IOException {
        String doc = read("docs/stats-json.md");
        Matcher order = Pattern.compile("in this order of kind: ([^;]*);").matcher(doc.replaceAll("\\s+", " "));
        assertThat(order.find()).as("docs/stats-json.md says the order of kinds on one day").isTrue();
        assertThat(ids(order.group(1))).containsExactlyElementsOf(Milestones.KINDS);

        int table = doc.indexOf("| kind | when | label | entry |");
        assertThat(table).as("docs/stats-json.md's table of kinds").isNotNegative();
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(doc);
        row.region(table, doc.indexOf("\n\n", table));
        while (row.find()) {
            rows.add(row.group(1));
        }
        assertThat(rows).as("the rows of docs/stats-json.md's table of kinds").containsExactlyElementsOf(Milestones.KINDS);
    }
}
