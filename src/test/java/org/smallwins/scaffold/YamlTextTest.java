package org.smallwins.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.smallwins.load.YamlMap;
import org.smallwins.load.YamlReader;

class YamlTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"Drank a glass of water", "Note: it's fine", "#1 day", "- a list?", "[not a list]",
            "{not: a map}", "yes", "No", "null", "~", "2025", "1.10", "07", "  padded  ", "He said \"hi\"",
            "back\\slash", "tab\there", "ünïcödé café", "नमस्ते", "emoji 🌱 ok", "a: b", "a #b", "&anchor", "*alias",
            "!tag", "%percent", "@at", "`tick`", "'single'", "line\u2028sep", "bell\u0007", "true", "False", "?"})
    void scalarsReadBackExactly(String text) throws Exception {
        YamlMap map = YamlReader.readMapping("title: " + YamlText.scalar(text) + "\n", 1);
        assertThat(String.valueOf(map.values().get("title"))).isEqualTo(text);
    }

    @Test
    void plainWhereItIsSafeForReadability() {
        assertThat(YamlText.scalar("Drank a glass of water")).isEqualTo("Drank a glass of water");
        assertThat(YamlText.scalar("Tea, then a walk")).isEqualTo("Tea, then a walk");
        assertThat(YamlText.scalar("Note: fine")).isEqualTo("\"Note: fine\"");
        assertThat(YamlText.scalar("yes")).isEqualTo("\"yes\"");
    }

    @Test
    void flowListsReadBackAsLists() throws Exception {
        List<String> tags = List.of("walk", "tea, with Ana", "[x]", "2025", "no");
        String written = YamlText.flowList(tags);
        assertThat(written).startsWith("[walk, ");
        YamlMap map = YamlReader.readMapping("tags: " + written + "\n", 1);
        assertThat(((List<?>) map.values().get("tags")).stream().map(String::valueOf).toList()).isEqualTo(tags);
        assertThat(YamlText.flowList(List.of())).isEqualTo("[]");
    }
}
