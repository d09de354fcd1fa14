package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The default theme's text on its own backgrounds, in the light and the dark scheme: every rule of
 * style.css that sets a background and a text colour (and every state of it, like {@code :hover},
 * that changes only the background) reads at 4.5:1 or more (WCAG 2 AA for text); the leaf icons,
 * which are pictures, at 3:1.
 */
class ThemeContrastTest {
    static final Path STYLE = Path.of("themes/default/assets/style.css");
    static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    static final Pattern VAR = Pattern.compile("var\\((--[\\w-]+)\\)\\s*$");

    record Rule(String selector, Map<String, String> declarations) {
    }

    @Test
    void everyTextColourOnItsBackgroundReadsInBothSchemes() throws IOException {
        String css = Files.readString(STYLE, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        // The screen rules: print has its own plain colours and is left out.
        String screen = css.substring(0, css.lastIndexOf("@media print"));
        Map<String, String> light = variables(block(screen, "^:root\\s*\\{([^}]*)\\}"));
        Map<String, String> dark = new HashMap<>(light);
        dark.putAll(variables(block(screen, "prefers-color-scheme: dark\\)\\s*\\{\\s*:root\\s*\\{([^}]*)\\}")));

        List<Rule> rules = new ArrayList<>();
        Matcher m = RULE.matcher(screen);
        while (m.find()) {
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String d : m.group(2).split(";")) {
                int colon = d.indexOf(':');
                if (colon > 0) {
                    declarations.put(d.substring(0, colon).trim(), d.substring(colon + 1).trim());
                }
            }
            for (String selector : m.group(1).trim().split(",")) {
                rules.add(new Rule(selector.trim(), declarations));
            }
        }
        Map<String, String> colourOf = new HashMap<>();
        rules.forEach(r -> {
            if (r.declarations().containsKey("color")) {
                colourOf.put(r.selector(), r.declarations().get("color"));
            }
        });

        List<String> checked = new ArrayList<>();
        List<String> tooFaint = new ArrayList<>();
        for (Rule rule : rules) {
            String background = rule.declarations().getOrDefault("background",
                    rule.declarations().get("background-color"));
            if (background == null || background.equals("none")) {
                continue;
            }
            // A state that changes only the background keeps the text colour of the element itself.
            String colour = rule.declarations().getOrDefault("color",
                    colourOf.get(rule.selector().replaceAll(":(hover|focus|focus-visible|active)$", "")));
            if (colour == null || colour.equals("inherit")) {
                continue;
            }
            double wanted = rule.selector().contains("leaf") ? 3 : 4.5;
            for (Map<String, String> scheme : List.of(light, dark)) {
                String name = scheme == light ? "light" : "dark";
                double ratio = contrast(resolve(background, scheme), resolve(colour, scheme));
                checked.add(rule.selector() + " (" + name + ")");
                if (ratio < wanted) {
                    tooFaint.add(String.format(Locale.ROOT, "%s in the %s scheme: %.2f:1, wanted %.1f:1",
                            rule.selector(), name, ratio, wanted));
                }
            }
        }
        assertThat(checked).contains(".lock__button (light)", ".lock__button (dark)",
                ".lock__button:hover (light)", ".lock__button:hover (dark)", ".badge--win (dark)");
        assertThat(tooFaint).isEmpty();
    }

    /**
     * WCAG 1.4.11: a form field is found by its border, so the border has 3:1 against the field
     * and against the backgrounds the field sits on, in both schemes; every field uses it.
     */
    @Test
    void formFieldBordersStandOutInBothSchemes() throws IOException {
        String screen = screenRules();
        for (String field : List.of(".lock__input, .search__input", ".lock-button")) {
            Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(field) + "\\s*\\{([^}]*)\\}").matcher(screen);
            assertThat(rule.find()).as(field).isTrue();
            assertThat(rule.group(1)).as(field).contains("border: 1px solid var(--control-border)");
        }
        List<String> tooFaint = new ArrayList<>();
        schemes(screen).forEach((name, vars) -> {
            for (String background : List.of("--surface", "--bg", "--bg-soft")) {
                double ratio = contrast(resolve("var(--control-border)", vars), resolve("var(" + background + ")", vars));
                if (ratio < 3) {
                    tooFaint.add(String.format(Locale.ROOT, "--control-border on %s, %s: %.2f:1", background, name, ratio));
                }
            }
        });
        assertThat(tooFaint).isEmpty();
    }

    /**
     * WCAG 1.4.11 on the charts: the weekly bars, a calendar day without wins (its fill or its
     * outline) and the lightest day with wins have 3:1 against the chart's card, and that day
     * against a day without, in both schemes; the calendar's rules use these colours.
     */
    @Test
    void chartBarsAndCalendarDaysStandOutInBothSchemes() throws IOException {
        String screen = screenRules();
        assertThat(screen).contains(".chart-figure {\n  margin: 0 0 1.75rem;\n  padding: 1rem 1rem 0.75rem;\n  background: var(--surface);")
                .contains(".chart__bar { fill: var(--chart-bar); }")
                .contains(".chart__cell { fill: var(--chart-empty); stroke: var(--chart-empty-edge); stroke-width: 1;")
                .contains(".chart__cell--l1 { fill: var(--chart-l1); stroke: none; }");
        List<String> tooFaint = new ArrayList<>();
        schemes(screen).forEach((name, vars) -> {
            String card = resolve("var(--surface)", vars);
            String empty = resolve("var(--chart-empty)", vars);
            Map<String, Double> ratios = new LinkedHashMap<>();
            ratios.put("bar on the card", contrast(resolve("var(--chart-bar)", vars), card));
            ratios.put("day without wins on the card (fill or outline)", Math.max(contrast(empty, card),
                    contrast(resolve("var(--chart-empty-edge)", vars), card)));
            for (String level : List.of("--chart-l1", "--chart-l2", "--chart-l3", "--chart-l4")) {
                String fill = resolve("var(" + level + ")", vars);
                ratios.put(level + " on the card", contrast(fill, card));
                ratios.put(level + " against a day without", contrast(fill, empty));
            }
            ratios.forEach((what, ratio) -> {
                if (ratio < 3) {
                    tooFaint.add(String.format(Locale.ROOT, "%s, %s: %.2f:1", what, name, ratio));
                }
            });
        });
        assertThat(tooFaint).isEmpty();
    }

    /**
     * WCAG 1.4.11 on the mood and energy dots: a dot, filled or drawn as a ring, has 3:1 against
     * every colour of what it sits on (an entry page's details box, a card, a milestone's card with
     * its gradient), in both schemes. The dots are pictures, not text, so 3:1 is the measure.
     */
    @Test
    void moodAndEnergyDotsStandOutOnEveryBackgroundTheySitOnInBothSchemes() throws IOException {
        String screen = screenRules();
        Map<String, String> dots = new LinkedHashMap<>();
        for (String scale : List.of(".scale--mood", ".scale--energy")) {
            dots.put(scale, declaration(screen, scale, "--dot"));
        }
        assertThat(declaration(screen, ".scale__dots i.on", "background")).isEqualTo("var(--dot)");
        Map<String, String> backgrounds = new LinkedHashMap<>();
        for (String box : List.of(".entry__details", ".card", ".card--milestone")) {
            backgrounds.put(box, declaration(screen, box, "background"));
        }
        List<String> tooFaint = new ArrayList<>();
        schemes(screen).forEach((name, vars) -> dots.forEach((scale, dot) -> backgrounds.forEach((box, background) -> {
            Matcher colour = Pattern.compile("var\\(--[\\w-]+\\)").matcher(background);
            assertThat(colour.find()).as(box + " has a colour").isTrue();
            do {
                double ratio = contrast(resolve(dot, vars), resolve(colour.group(), vars));
                if (ratio < 3) {
                    tooFaint.add(String.format(Locale.ROOT, "%s dots (%s) on %s (%s), %s: %.2f:1",
                            scale, resolve(dot, vars), box, colour.group(), name, ratio));
                }
            } while (colour.find());
        })));
        assertThat(tooFaint).isEmpty();
    }

    /** The value of one property in the rule for exactly this selector (alone in its rule). */
    static String declaration(String screen, String selector, String property) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}").matcher(screen);
        assertThat(rule.find()).as(selector).isTrue();
        Matcher value = Pattern.compile("(?:^|[;\\s])" + Pattern.quote(property) + ":\\s*([^;]+)").matcher(rule.group(1));
        assertThat(value.find()).as(selector + " sets " + property).isTrue();
        return value.group(1).trim();
    }

    /**
     * "Get help now" is looked for in a hurry: in the text or the accent colour, not the muted grey
     * of small print, underlined, and never red (help, not alarm). It reads at 4.5:1 on the page
     * in both schemes, as it is and when hovered or current.
     */
    @Test
    void getHelpNowIsEasyToFindWithoutAlarmInBothSchemes() throws IOException {
        String screen = screenRules();
        Matcher plain = Pattern.compile("(?m)^\\.help-link\\s*\\{([^}]*)\\}").matcher(screen);
        assertThat(plain.find()).as(".help-link").isTrue();
        Matcher marked = Pattern.compile("(?m)^\\.help-link:hover, \\.help-link\\[aria-current=\"page\"\\]\\s*\\{([^}]*)\\}")
                .matcher(screen);
        assertThat(marked.find()).as(".help-link:hover").isTrue();
        assertThat(plain.group(1)).contains("text-decoration: underline");
        List<String> colours = new ArrayList<>();
        for (String declarations : List.of(plain.group(1), marked.group(1))) {
            Matcher colour = Pattern.compile("(?:^|[;\\s])color:\\s*([^;]+);").matcher(declarations);
            assertThat(colour.find()).as(declarations).isTrue();
            colours.add(colour.group(1).trim());
        }
        assertThat(colours.get(0)).isIn("var(--text)", "var(--accent)", "var(--accent-strong)");
        List<String> wrong = new ArrayList<>();
        schemes(screen).forEach((name, vars) -> {
            for (String colour : colours) {
                String hex = resolve(colour, vars);
                double ratio = contrast(hex, resolve("var(--bg)", vars));
                if (ratio < 4.5) {
                    wrong.add(String.format(Locale.ROOT, "%s on --bg, %s: %.2f:1", colour, name, ratio));
                }
                if (reddish(hex)) {
                    wrong.add(colour + " is red in the " + name + " scheme: " + hex);
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** A colour of some saturation whose hue is within 30 degrees of red. */
    private static boolean reddish(String hex) {
        int[] c = rgb(hex);
        int max = Math.max(c[0], Math.max(c[1], c[2]));
        int min = Math.min(c[0], Math.min(c[1], c[2]));
        if (max != c[0] || max - min < 40) {
            return false;
        }
        double hue = 60 * (double) (c[1] - c[2]) / (max - min);
        return hue > -30 && hue < 30;
    }

    /** style.css without comments, up to its print rules. */
    static String screenRules() throws IOException {
        String css = Files.readString(STYLE, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        return css.substring(0, css.lastIndexOf("@media print"));
    }

    /** The variables of every :root in the light and the dark scheme, by scheme name. */
    static Map<String, Map<String, String>> schemes(String screen) {
        Map<String, String> light = new HashMap<>();
        Matcher top = Pattern.compile("(?m)^:root\\s*\\{([^}]*)\\}").matcher(screen);
        while (top.find()) {
            light.putAll(variables(top.group(1)));
        }
        Map<String, String> dark = new HashMap<>(light);
        Matcher inDark = Pattern.compile("prefers-color-scheme: dark\\)\\s*\\{\\s*:root\\s*\\{([^}]*)\\}").matcher(screen);
        assertThat(inDark.find()).as("a dark scheme").isTrue();
        do {
            dark.putAll(variables(inDark.group(1)));
        } while (inDark.find());
        Map<String, Map<String, String>> schemes = new LinkedHashMap<>();
        schemes.put("light", light);
        schemes.put("dark", dark);
        return schemes;
    }

    @Test
    void contrastIsWorkedOutAsWcagDoes() {
        assertThat(contrast("#ffffff", "#000000")).isCloseTo(21, Offset.offset(0.01));
        // The reviewer's figure for white on the dark scheme's accent.
        assertThat(contrast("#92d1b5", "#fff")).isCloseTo(1.75, Offset.offset(0.02));
        assertThat(reddish("#c0392b")).isTrue();
        assertThat(reddish("#b5477a")).isTrue();
        assertThat(reddish("#2c6a57")).isFalse();
        assertThat(reddish("#a8761b")).isFalse();
        assertThat(reddish("#665d54")).isFalse();
    }

    private static String block(String css, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(css);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private static Map<String, String> variables(String block) {
        Map<String, String> vars = new HashMap<>();
        Matcher m = Pattern.compile("(--[\\w-]+)\\s*:\\s*([^;]+);").matcher(block);
        while (m.find()) {
            vars.put(m.group(1), m.group(2).trim());
        }
        return vars;
    }

    static final Pattern MIX = Pattern.compile("color-mix\\(in srgb,\\s*(.+?)\\s+(\\d+)%,\\s*(.+)\\)");

    /** A colour as #rgb or #rrggbb; a background like a gradient over a colour is its last layer. */
    private static String resolve(String value, Map<String, String> vars) {
        Matcher mix = MIX.matcher(value.trim());
        if (mix.matches()) {
            // color-mix in srgb: each channel of the first colour at its share, the second at the rest.
            int[] a = rgb(resolve(mix.group(1), vars));
            int[] b = rgb(resolve(mix.group(3), vars));
            double share = Integer.parseInt(mix.group(2)) / 100.0;
            StringBuilder hex = new StringBuilder("#");
            for (int i = 0; i < 3; i++) {
                hex.append(String.format("%02x", Math.round(a[i] * share + b[i] * (1 - share))));
            }
            return hex.toString();
        }
        Matcher var = VAR.matcher(value.trim());
        if (var.find()) {
            assertThat(vars).as("a variable style.css uses").containsKey(var.group(1));
            return resolve(vars.get(var.group(1)), vars);
        }
        String colour = value.trim();
        assertThat(colour).as("a colour this test can read").matches("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}");
        return colour;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static int[] rgb(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        int[] c = new int[3];
        for (int i = 0; i < 3; i++) {
            c[i] = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return c;
    }

    private static double luminance(String hex) {
        int[] rgb = rgb(hex);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
