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
 * WCAG 1.4.1: the small marks that tell an entry's type (in a badge, before a link, on the
 * timeline's path) never differ by colour alone. For each kind of mark, the rules of style.css that
 * draw it for one type are gathered, every colour in them is set aside, and what is left (its
 * shape: fill or ring, half, corners, turn) differs between every two types.
 */
class ThemeColourCuesTest {
    static final List<String> TYPES = List.of("win", "reflection", "setback", "goal");

    /** Each kind of mark: the selector that draws it for every type, and the one for one type. */
    static final Map<String, List<String>> MARKS = new LinkedHashMap<>();

    static {
        MARKS.put("badge", List.of(".badge__mark", ".badge--%s .badge__mark"));
        MARKS.put("mark before a link", List.of(".entry-link__mark", ".entry-link--%s .entry-link__mark"));
        MARKS.put("mark on the timeline's path", List.of(".cards__item::before", ".cards__item--%s::before"));
    }

    static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    static final Pattern INNERMOST_VAR = Pattern.compile("var\\([^()]*\\)");
    static final Pattern LITERAL_COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\brgba?\\([^()]*\\)");

    @Test
    void everyTwoEntryTypesDifferByMoreThanColour() throws IOException {
        String screen = ThemeContrastTest.screenRules();
        List<String> alike = new ArrayList<>();
        MARKS.forEach((mark, selectors) -> {
            Map<String, Map<String, String>> shapes = new LinkedHashMap<>();
            for (String type : TYPES) {
                shapes.put(type, shape(screen, selectors.get(0), String.format(selectors.get(1), type)));
            }
            assertThat(shapes.get("win")).as(mark + " is drawn").isNotEmpty();
            for (int i = 0; i < TYPES.size(); i++) {
                for (int j = i + 1; j < TYPES.size(); j++) {
                    if (shapes.get(TYPES.get(i)).equals(shapes.get(TYPES.get(j)))) {
                        alike.add(mark + ": " + TYPES.get(i) + " and " + TYPES.get(j) + " differ only by colour, both "
                                + shapes.get(TYPES.get(i)));
                    }
                }
            }
        });
        assertThat(alike).isEmpty();
    }

    /** The test tells colour from shape as meant: a ring against a dot is a shape, green against blue is not. */
    @Test
    void colourIsSetAsideAndShapeIsKept() {
        String css = """
                .m { width: 1em; background: var(--x, var(--y)); }
                .a .m { background: #3f875c; }
                .b .m { background: rgb(1 2 3); }
                .c .m { background: transparent; box-shadow: inset 0 0 0 2px var(--c); }
                """;
        assertThat(shape(css, ".m", ".a .m")).isEqualTo(shape(css, ".m", ".b .m"))
                .containsEntry("background", "C").containsEntry("width", "1em");
        assertThat(shape(css, ".m", ".c .m")).isNotEqualTo(shape(css, ".m", ".a .m"))
                .containsEntry("box-shadow", "inset 0 0 0 2px C");
    }

    /**
     * The declarations that draw a mark for one type, in the order of the cascade (these rules are
     * alike in specificity but for the type's own, which comes later), with every colour as "C"
     * and custom properties, which here only carry colours, left out. Any var() counts as a colour:
     * a shape set through a variable would be missed, so the test would ask for one it can read.
     */
    static Map<String, String> shape(String css, String every, String forType) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String wanted : List.of(every, forType)) {
            Matcher rule = RULE.matcher(css);
            while (rule.find()) {
                boolean matches = false;
                for (String selector : rule.group(1).split(",")) {
                    matches |= selector.trim().equals(wanted);
                }
                if (!matches) {
                    continue;
                }
                for (String d : rule.group(2).split(";")) {
                    int colon = d.indexOf(':');
                    String property = colon > 0 ? d.substring(0, colon).trim() : "";
                    if (property.isEmpty() || property.startsWith("--") || property.equals("color")) {
                        continue;
                    }
                    declarations.put(property, withoutColours(d.substring(colon + 1).trim()));
                }
            }
        }
        return declarations;
    }

    private static String withoutColours(String value) {
        String v = value;
        for (String before = null; !v.equals(before); ) {
            before = v;
            v = INNERMOST_VAR.matcher(v).replaceAll("C");
        }
        return LITERAL_COLOUR.matcher(v).replaceAll("C");
    }
}
