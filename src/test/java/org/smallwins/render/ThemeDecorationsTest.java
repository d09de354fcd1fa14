package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Symbols the default theme draws with CSS before a reward (a flower, a heart) are decoration: a
 * screen reader would otherwise read them out ("white heart suit, a cup of tea"). Each carries an
 * empty alternative text (content: "✿ " / ""), after a plain declaration for browsers that do not
 * know the alternative and drop the whole line.
 */
class ThemeDecorationsTest {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern CONTENT = Pattern.compile("(?<![-\\w])content:\\s*([^;]+)");

    @Test
    void symbolsDrawnBeforeTextAreSilentForScreenReaders() throws IOException {
        String css = Files.readString(ThemeContrastTest.STYLE, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> symbols = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            String selector = rule.group(1).trim();
            List<String> values = new ArrayList<>();
            Matcher content = CONTENT.matcher(rule.group(2));
            while (content.find()) {
                values.add(content.group(1).trim());
            }
            if (values.stream().noneMatch(ThemeDecorationsTest::drawsASymbol)) {
                continue;
            }
            symbols.add(selector);
            String last = values.get(values.size() - 1);
            if (!last.endsWith("/ \"\"") || values.size() < 2) {
                spoken.add(selector + " { content: " + String.join("; content: ", values) + " }");
            }
        }
        assertThat(symbols).as("the theme's drawn symbols").contains(".entry__reward dd::before", ".reward__text::before");
        assertThat(spoken).as("symbols a screen reader would read out, or that old browsers would lose").isEmpty();
    }

    /** Whether a content value holds a symbol (✿, ♡, written as itself or as a CSS escape), not letters or punctuation. */
    private static boolean drawsASymbol(String value) {
        Matcher escape = Pattern.compile("\\\\([0-9a-fA-F]{1,6})\\s?").matcher(value);
        StringBuilder text = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(text, Matcher.quoteReplacement(Character.toString(Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(text);
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL);
    }
}
