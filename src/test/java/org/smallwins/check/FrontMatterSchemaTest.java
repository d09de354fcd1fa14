package org.smallwins.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.JournalFiles;
import org.smallwins.load.EntryDates;
import org.smallwins.load.EntryLoader;

class FrontMatterSchemaTest {
    private static final String SCHEMA = FrontMatterSchema.text();

    /** The names directly under "properties", read with a streaming parser. */
    private static List<String> propertyNames() throws Exception {
        List<String> names = new ArrayList<>();
        try (JsonParser json = new JsonFactory().createParser(SCHEMA)) {
            assertThat(json.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("properties")) {
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        names.add(json.currentName());
                        json.nextToken();
                        json.skipChildren();
                    }
                } else {
                    json.skipChildren();
                }
            }
            assertThat(json.nextToken()).isNull();
        }
        return names;
    }

    @Test
    void isWellFormedDraft07ThatListsEveryKnownFieldAndAllowsOthers() throws Exception {
        assertThat(propertyNames()).containsExactlyInAnyOrderElementsOf(EntryLoader.KNOWN_FIELDS);
        assertThat(SCHEMA).contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\"")
                .contains("\"additionalProperties\": true")
                .contains("\"title\": \"" + FrontMatterSchema.TITLE + "\"");
    }

    @Test
    void holdsTheChoicesAndRanges() {
        String compact = SCHEMA.replaceAll("\\s+", "");
        assertThat(compact).contains("\"enum\":[\"win\",\"reflection\",\"setback\",\"goal\"]")
                .contains("\"enum\":[\"tiny\",\"small\",\"big\"]")
                .contains("\"enum\":[\"daily\",\"weekly\",\"monthly\"]")
                .contains("\"enum\":[\"active\",\"paused\",\"reached\"]")
                .contains("\"mood\":{\"description\":\"Howyoufelt,awholenumber:1isverylow,5isverygood.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":5}")
                .contains("\"published\":{\"description\":\"Jekyll's:falseleavestheentryout,asdraft:truedoes.\","
                        + "\"type\":[\"boolean\",\"string\"]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-14", "2025-03-14 08:30", "2025-03-14T08:30", "2025-03-14T08:30:00",
            "2025-03-14T08:30:00+01:00", "2025-03-14 08:30:00 +0100", "2025-03-14T08:30:00Z", "2025-03-14t08:30:00.5-05:00"})
    void theDatePatternTakesWhatTheLoaderTakes(String date) {
        assertThat(EntryDates.parse(date, ZoneOffset.UTC)).as("the loader reads it").isPresent();
        assertThat(Pattern.compile(FrontMatterSchema.DATE_PATTERN).matcher(date).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"someday", "14/03/2025", "2025-3-14", "2025-03-14 8:30"})
    void theDatePatternRefusesWhatTheLoaderRefuses(String date) {
        assertThat(EntryDates.parse(date, ZoneOffset.UTC)).isEmpty();
        assertThat(Pattern.compile(FrontMatterSchema.DATE_PATTERN).matcher(date).matches()).isFalse();
    }

    @Test
    void goalIdsLookLikeSlugs() {
        Pattern id = Pattern.compile(FrontMatterSchema.ID_PATTERN);
        assertThat(id.matcher("walk-outside").matches()).isTrue();
        assertThat(id.matcher("walk--outside").matches()).isFalse();
        assertThat(id.matcher("Walk Outside").matches()).isFalse();
        assertThat(id.matcher("-walk").matches()).isFalse();
    }

    /** Ids the loader takes and refuses, across scripts, accents, compatibility forms and the length limit. */
    private static final List<String> IDS = List.of("walk-outside", "walk", "42", "a1-b2", "café-walk", "cafe-walk",
            "Walk", "WALK-outside", "walk--outside", "-walk", "walk-", "walk_outside", "walk outside", "walk.outside",
            "привет-мир", "Привет", "ёлка", "елка", "καλημέρα", "καλημερα", "日本語-歩く", "नमस्ते", "ﬁle", "x²",
            "２０２５", "ß", "ǆ", "ı", "a\u0301", "é", "a".repeat(80), "a".repeat(81), "walk-☕", "ümlaut",
            "ümlaut".replace("ü", "u"), "한국어");

    @Test
    void theIdPatternTakesExactlyTheIdsCheckTakes(@TempDir Path tmp) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < IDS.size(); i++) {
            files.add(String.format("content/goals/2025-01-01-g%02d.md", i));
            files.add("---\nid: \"" + IDS.get(i) + "\"\n---\n");
        }
        Path dir = JournalFiles.write(tmp.resolve("j"), files.toArray(String[]::new));
        JournalCheck.Report report = new JournalCheck().check(dir,
                new JournalCheck.Options(false, false, LocalDate.of(2025, 6, 1)));
        Set<String> refused = new HashSet<>();
        report.problems().stream().filter(p -> p.isError() && "id".equals(p.field())).forEach(p -> refused.add(p.path()));
        assertThat(report.errors()).as(report.problems().toString()).isEqualTo(refused.size());

        Pattern id = Pattern.compile(FrontMatterSchema.ID_PATTERN);
        List<String> disagree = new ArrayList<>();
        for (int i = 0; i < IDS.size(); i++) {
            boolean taken = !refused.contains(String.format("content/goals/2025-01-01-g%02d.md", i));
            if (id.matcher(IDS.get(i)).matches() != taken) {
                disagree.add(IDS.get(i) + (taken ? " (check takes it)" : " (check refuses it)"));
            }
        }
        assertThat(disagree).isEmpty();
        // Both answers occur: the set tells something.
        assertThat(refused).hasSizeBetween(10, IDS.size() - 10);
        assertThat(id.matcher("café-walk").matches()).isFalse();
        assertThat(SCHEMA).doesNotContain("\\u0080-\\uFFFF");
    }
}
