package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A reader who asks their system for less motion (prefers-reduced-motion: reduce) gets none from
 * the default theme: no transitions, animations that end at once, and jumps instead of smooth
 * scrolling, for every element and its ::before and ::after, whatever a later rule (a journal's own
 * CSS, say) asks for. SiteInBrowserIT checks the same in Chromium.
 */
class ThemeMotionTest {
    @Test
    void reducedMotionStopsTransitionsAnimationsAndSmoothScrolling() throws IOException {
        String screen = ThemeContrastTest.screenRules();
        Matcher media = Pattern.compile("@media \\(prefers-reduced-motion: reduce\\)\\s*\\{\\s*([^{}]+)\\{([^{}]*)\\}\\s*\\}")
                .matcher(screen);
        assertThat(media.find()).as("a prefers-reduced-motion: reduce rule").isTrue();
        List<String> selectors = List.of(media.group(1).trim().split("\\s*,\\s*"));
        assertThat(selectors).as("every element and its pseudo-elements").contains("*", "*::before", "*::after");
        Map<String, String> set = new LinkedHashMap<>();
        for (String d : media.group(2).split(";")) {
            int colon = d.indexOf(':');
            if (colon > 0) {
                set.put(d.substring(0, colon).trim(), d.substring(colon + 1).trim());
            }
        }
        List<String> missing = new ArrayList<>();
        expect(set, missing, "transition", "none !important");
        expect(set, missing, "animation-duration", "0.01ms !important");
        // One short run, not an endless one, so an animation that ends somewhere still gets there.
        expect(set, missing, "animation-iteration-count", "1 !important");
        expect(set, missing, "scroll-behavior", "auto !important");
        assertThat(missing).isEmpty();
    }

    private static void expect(Map<String, String> set, List<String> missing, String property, String value) {
        if (!value.equals(set.get(property))) {
            missing.add(property + ": " + value + " (is " + set.get(property) + ")");
        }
    }
}
