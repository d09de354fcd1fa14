package org.smallwins.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
                .contains("\"mood\":{\"description\":\"Howyoufelt,awholenumber:1isverylow,5isverygood.\",\"type\":\"integer\",\"minimum\":1,\"maximum\":5}");
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
}
