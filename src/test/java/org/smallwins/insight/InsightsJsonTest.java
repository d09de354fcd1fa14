package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smallwins.model.Goal;

class InsightsJsonTest {

    /** A journal two days old: its 2 wins are 2 a week in the JSON, never "7.0". */
    @Test
    void winsPerWeekOfAWindowShorterThanAWeekIsNotStretched() {
        String json = InsightsJson.toJson(TestJournal.today("2025-03-10").wins("2025-03-09", "2025-03-10").insights());

        assertThat(json).contains("\"days\": 2,").contains("\"winsPerWeek\": 2.0,").doesNotContain("\"winsPerWeek\": 7.0");
    }

    @Test
    void anEmptyJournalLeavesOutWhatItDoesNotHave() {
        String json = InsightsJson.toJson(TestJournal.today("2025-03-10").insights());

        assertThat(json).isEqualTo("""
                {
                  "version": 1,
                  "today": "2025-03-10",
                  "locale": "en",
                  "weekStart": "monday",
                  "totals": {
                    "entries": 0,
                    "wins": 0,
                    "reflections": 0,
                    "setbacks": 0,
                    "goals": 0,
                    "daysShowedUp": 0,
                    "weeksActive": 0,
                    "journalAgeDays": 0
                  },
                  "thenAndNow": {
                    "windowsOverlap": false,
                    "newTags": []
                  },
                  "cumulativeWins": [],
                  "momentum": {
                    "weekStart": "monday",
                    "rollingWeeks": 4,
                    "weeks": []
                  },
                  "heatmap": {
                    "maxWinsInADay": 0,
                    "years": []
                  },
                  "comebacks": {
                    "setbacks": 0,
                    "cameBack": 0,
                    "notYet": 0,
                    "items": []
                  },
                  "milestones": [],
                  "onThisDay": {
                    "entries": []
                  },
                  "rewards": [],
                  "tagGrowth": {
                    "tags": []
                  },
                  "goals": []
                }
                """);
    }

    @Test
    void topLevelFieldsInTheirDocumentedOrderAndTheSameTextEveryTime() throws IOException {
        TestJournal journal = TestJournal.today("2025-06-01")
                .goal("2025-01-01", "walk", Goal.Cadence.WEEKLY, 1, Goal.Status.ACTIVE, null)
                .win("2025-01-01", e -> e.tags("walk").goals("walk").mood(3).reward("tea").milestone())
                .setback("2025-02-01")
                .win("2025-02-03", e -> e.tags("swim"));
        String json = InsightsJson.toJson(journal.insights());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InsightsJson.write(journal.insights(), bytes);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(topLevelFields(json)).containsExactly("version", "today", "locale", "weekStart", "totals",
                "thenAndNow", "cumulativeWins", "momentum", "heatmap", "comebacks", "milestones", "onThisDay",
                "rewards", "tagGrowth", "goals");
        assertThat(json).doesNotContain("null").doesNotContain("\r").endsWith("}\n")
                .contains("\"firstEntry\": \"2025-01-01\"")
                .contains("\"averageMood\": 3.0")
                .contains("\"kind\": \"new-tag\"")
                .contains("\"cadence\": \"weekly\"");
    }

    private static List<String> topLevelFields(String json) throws IOException {
        List<String> names = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && depth == 1) {
                    names.add(parser.currentName());
                }
            }
        }
        return names;
    }
}
