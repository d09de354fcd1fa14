package org.smallwins.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    /** Counts instantiations: a YAML type tag naming this class must never create one. */
    public static final class Canary {
        static final AtomicInteger CREATED = new AtomicInteger();

        public Canary() {
            CREATED.incrementAndGet();
        }
    }

    @Test
    void scalarsAreTypedAsPlainJavaValues() throws Exception {
        YamlMap yaml = YamlReader.readMapping("""
                title: A walk
                mood: 4
                ratio: 1.5
                draft: true
                private: no
                nothing: ~
                quoted: "5"
                """, 2);

        assertThat(yaml.values())
                .containsEntry("title", "A walk")
                .containsEntry("mood", 4L)
                .containsEntry("ratio", new BigDecimal("1.5"))
                .containsEntry("draft", Boolean.TRUE)
                .containsEntry("private", "no")
                .containsEntry("nothing", null)
                .containsEntry("quoted", "5");
    }

    @Test
    void listsAndNestedMappingsBecomeListsAndMaps() throws Exception {
        YamlMap yaml = YamlReader.readMapping("""
                tags: [walk, outside]
                place:
                  city: Bern
                  floors: 3
                """, 2);

        assertThat(yaml.values().get("tags")).isEqualTo(List.of("walk", "outside"));
        assertThat(yaml.values().get("place")).isEqualTo(Map.of("city", "Bern", "floors", 3L));
    }

    @Test
    void datesAndDateTimesStayStrings() throws Exception {
        YamlMap yaml = YamlReader.readMapping("""
                date: 2025-03-14
                at: 2025-03-14 08:30:00
                stamp: 2025-03-14T08:30:00+01:00
                """, 2);

        assertThat(yaml.values().get("date")).isEqualTo("2025-03-14");
        assertThat(yaml.values().get("at")).isEqualTo("2025-03-14 08:30:00");
        assertThat(yaml.values().get("stamp")).isEqualTo("2025-03-14T08:30:00+01:00");
    }

    @Test
    void keepsTheFileLineOfEachTopLevelKey() throws Exception {
        YamlMap yaml = YamlReader.readMapping("title: A\n\n# note\nmood: 3\ntags:\n  - a\n  - b\nsize: tiny\n", 2);

        assertThat(yaml.lines()).containsEntry("title", 2).containsEntry("mood", 5)
                .containsEntry("tags", 6).containsEntry("size", 9);
        assertThat(yaml.lineOf("missing", 1)).isEqualTo(1);
    }

    @Test
    void keepsKeysInTheOrderWritten() throws Exception {
        YamlMap yaml = YamlReader.readMapping("zeta: 1\nalpha: 2\nmid: 3\n", 1);

        assertThat(yaml.values().keySet()).containsExactly("zeta", "alpha", "mid");
    }

    @Test
    void emptyTextIsAnEmptyMapping() throws Exception {
        YamlMap yaml = YamlReader.readMapping("", 2);

        assertThat(yaml.values()).isEmpty();
        assertThat(yaml.lines()).isEmpty();
    }

    @Test
    void aTabAfterAKeyIsSaidAsSuchWithTheFieldAndTheLineToWrite() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("mood: 3\ntitle:\tTea  outside\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("title");
            assertThat(e.getMessage()).isEqualTo("a tab follows 'title:'. YAML needs a space there: write"
                    + " 'title: Tea  outside'.");
        });
    }

    @Test
    void aTabIndentingALineIsSaidAsSuchWithTheFieldAboveItIsPartOf() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("title: A\ntags:\n  - sun\n\n\t- walk\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.field()).isEqualTo("tags");
            assertThat(e.getMessage()).isEqualTo("a tab indents this line. YAML indents with spaces only: replace"
                    + " the tab with spaces.");
        });
    }

    @Test
    void aTabIndentingAKeyNamesThatKey() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("title: A\nreward:\n  what: tea\n\twhen: now\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.field()).isEqualTo("when");
        });
    }

    @Test
    void aTabIndentingTheFirstLineNamesNoField() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("\t- walk\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isNull();
            assertThat(e.getMessage()).startsWith("a tab indents this line.");
        });
    }

    @Test
    void reportsDuplicateKeyWithBothLines() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("title: A\nmood: 3\ntitle: B\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.field()).isEqualTo("title");
            assertThat(e.getMessage()).contains("first on line 2");
        });
    }

    @Test
    void reportsBrokenYamlOnTheFileLineCountingFromFirstLine() {
        String text = "title: A\nsummary: one: two\n";

        Throwable fromFrontMatter = catchThrowable(() -> YamlReader.readMapping(text, 2));
        Throwable fromLaterStart = catchThrowable(() -> YamlReader.readMapping(text, 10));

        assertThat(fromFrontMatter).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("summary");
        });
        assertThat(fromLaterStart).isInstanceOfSatisfying(YamlReader.YamlError.class,
                e -> assertThat(e.line()).isEqualTo(11));
    }

    @Test
    void aSecondColonInAValueIsSaidInPlainWordsWithTheLineToWrite() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("title: Walk: day \"one\"\nmood: 3\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("title");
            assertThat(e.getMessage()).isEqualTo("this value holds ': ', which YAML takes for the start of another"
                    + " field. Put the value in quotes: title: \"Walk: day \\\"one\\\"\".");
        });
    }

    @Test
    void anIndentedFieldUnderAValueIsSaidInPlainWords() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("title: Walk\n  mood: 3\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("mood");
            assertThat(e.getMessage()).isEqualTo("this line is indented, so YAML reads it as part of the field above,"
                    + " which has its value already. Start 'mood:' at the beginning of the line, like the other fields.");
        });
    }

    @Test
    void textAfterAClosingQuoteIsSaidInPlainWords() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("title: Walk\nsummary: \"Out\" and back\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("summary");
            assertThat(e.getMessage()).isEqualTo("text follows the closing quote of this value. Put all of it inside"
                    + " the quotes, or leave the quotes out.").doesNotContain("<scalar>");
        });
    }

    @Test
    void anUnclosedListIsReportedWhereItOpensWithItsKey() {
        Throwable list = catchThrowable(() -> YamlReader.readMapping("title: ok\ntags: [a, b\nmood: 3\n", 2));
        Throwable map = catchThrowable(() -> YamlReader.readMapping("title: ok\nplace: {city: Bern\nmood: 3\n", 2));

        assertThat(list).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("tags");
            assertThat(e.getMessage()).isEqualTo("the YAML cannot be read in the list opened with '[' on this line."
                    + " Close it with ']', and put quotes around values that contain ':' or '#'.");
        });
        assertThat(map).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("place");
            assertThat(e.getMessage()).contains("'{' opened on this line. Close it with '}'");
        });
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpensWithItsKey() {
        Throwable doubleQuoted = catchThrowable(() -> YamlReader.readMapping("title: \"Walked\nmood: 3\n", 2));
        Throwable singleQuoted = catchThrowable(() -> YamlReader.readMapping("mood: 3\nreward: 'tea\n", 2));

        assertThat(doubleQuoted).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("title");
            assertThat(e.getMessage()).isEqualTo("the quote (\") opened on this line is never closed. Add the"
                    + " closing \" at the end of the value, or leave the quotes out.");
        });
        assertThat(singleQuoted).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("reward");
            assertThat(e.getMessage()).startsWith("the quote (') opened");
        });
    }

    @Test
    void reportsBadIndentationOnItsLine() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("title: A\nmood: 3\n  energy: 4\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class,
                e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void refusesAListAtTheRoot() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("- walk\n- run\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("key: value");
        });
    }

    @Test
    void refusesPlainTextAtTheRoot() {
        assertThatThrownBy(() -> YamlReader.readMapping("just a sentence\n", 2))
                .isInstanceOf(YamlReader.YamlError.class)
                .hasMessageContaining("key: value");
    }

    @Test
    void refusesAKeyThatIsNotAPlainWord() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("title: A\n? [a, b]\n: c\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("plain word");
        });
    }

    @Test
    void refusesTheBillionLaughsAliasBombQuickly() {
        String bomb = """
                a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
                h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
                i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
                """;

        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowable(() -> YamlReader.readMapping(bomb, 2)));

        assertThat(thrown).isInstanceOf(YamlReader.YamlError.class);
    }

    @Test
    void refusesADoublingAliasBombThatStaysUnderTheAliasLimit() {
        StringBuilder bomb = new StringBuilder("l0: &l0 [lol]\n");
        for (int i = 1; i <= 25; i++) {
            bomb.append("l").append(i).append(": &l").append(i)
                    .append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }

        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowable(() -> YamlReader.readMapping(bomb.toString(), 2)));

        assertThat(thrown).isInstanceOf(YamlReader.YamlError.class);
    }

    @Test
    void anAliasBombIsSaidAtTheFieldThatExpandsItNotAtTheAnchorItRepeats() {
        String bomb = "title: A\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nlaughs: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n";

        Throwable thrown = catchThrowable(() -> YamlReader.readMapping(bomb, 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.field()).isEqualTo("laughs");
            assertThat(e.getMessage()).startsWith("holds more than 10000 values once its aliases ('*name') are expanded.");
        });
    }

    @Test
    void aFrontMatterOverTheSizeLimitIsRefusedAtOnceWithWhatToDo() {
        String longLine = "title: \"" + "a".repeat(4_000_000) + "\"\n";

        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> catchThrowable(() -> YamlReader.readMapping(longLine, 2)));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("longer than 1,000,000 characters").contains("body");
        });
    }

    @Test
    void aFrontMatterJustUnderTheLimitInCharactersOutsideTheBasicPlaneIsRead() throws Exception {
        // 600,000 emoji: 1,200,000 chars but 600,000 characters as a person counts them.
        YamlMap yaml = YamlReader.readMapping("title: " + "\uD83C\uDF31".repeat(600_000) + "\n", 2);

        assertThat((String) yaml.values().get("title")).hasSize(1_200_000);
    }

    @Test
    void ordinaryAliasesStillWork() throws Exception {
        YamlMap yaml = YamlReader.readMapping("usual: &usual [walk, tea]\ntags: *usual\n", 2);

        assertThat(yaml.values().get("tags")).isEqualTo(List.of("walk", "tea"));
    }

    @Test
    void refusesAnAliasThatRefersToItself() {
        Throwable thrown = catchThrowable(() -> YamlReader.readMapping("title: A\nloop: &l [*l]\n", 2));

        assertThat(thrown).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("refers to itself");
        });
    }

    @Test
    void globalJavaTagsConstructNothing() {
        int before = Canary.CREATED.get();
        String text = """
                a: !!org.smallwins.load.YamlReaderTest$Canary {}
                b: !!java.lang.Object x
                c: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost:1/"]]]]
                """;

        Throwable thrown = catchThrowable(() -> {
            YamlMap yaml = YamlReader.readMapping(text, 2);
            assertOnlyPlainValues(yaml.values());
        });

        assertThat(Canary.CREATED.get()).isEqualTo(before);
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(YamlReader.YamlError.class);
        }
    }

    @Test
    void aSingleGlobalTagOnAScalarIsNeverAnInstance() {
        int before = Canary.CREATED.get();

        Throwable thrown = catchThrowable(() -> {
            YamlMap yaml = YamlReader.readMapping("a: !!org.smallwins.load.YamlReaderTest$Canary x\n", 2);
            assertOnlyPlainValues(yaml.values());
        });

        assertThat(Canary.CREATED.get()).isEqualTo(before);
        assertThat(thrown).satisfiesAnyOf(
                t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(YamlReader.YamlError.class));
    }

    @Test
    void aValueStartingWithAnExclamationMarkIsRefusedNotCutShort() {
        // YAML reads '!Finally' as a type tag: the title would lose its first word, the tag vanish.
        Throwable title = catchThrowable(() -> YamlReader.readMapping("title: !Finally walked to the shop\n", 2));
        assertThat(title).isInstanceOf(YamlReader.YamlError.class)
                .hasMessage("'!Finally' at the start of a value is a type tag to YAML, and would be left out of it."
                        + " Put the value in quotes: \"!Finally walked to the shop\".");
        assertThat(((YamlReader.YamlError) title).line()).isEqualTo(2);
        assertThat(((YamlReader.YamlError) title).field()).isEqualTo("title");

        Throwable tag = catchThrowable(() -> YamlReader.readMapping("title: A walk\ntags: [!wow, walk]\n", 2));
        // In a list, YAML takes "!wow," as the tag and "walk" as the item: 'wow' was lost.
        assertThat(tag).isInstanceOf(YamlReader.YamlError.class).hasMessageStartingWith("'!wow,' at the start");
        assertThat(((YamlReader.YamlError) tag).line()).isEqualTo(3);
        assertThat(((YamlReader.YamlError) tag).field()).isEqualTo("tags");
    }

    @Test
    void aValueStartingWithAnAnchorNothingRepeatsIsRefusedNotCutShort() {
        // YAML reads '&me' as an anchor, a name for '*me': the title would lose its first word.
        Throwable title = catchThrowable(() -> YamlReader.readMapping("mood: 3\ntitle: &me walked\n", 2));
        assertThat(title).isInstanceOf(YamlReader.YamlError.class)
                .hasMessage("'&me' at the start of a value is an anchor to YAML (a name for '*me' to repeat it by),"
                        + " and would be left out of it. Put the value in quotes: \"&me walked\".");
        assertThat(((YamlReader.YamlError) title).line()).isEqualTo(3);
        assertThat(((YamlReader.YamlError) title).field()).isEqualTo("title");
    }

    @Test
    void anAnchorThatIsRepeatedIsYamlWrittenOnPurpose() throws Exception {
        YamlMap yaml = YamlReader.readMapping("goal: &g walk-daily\nalso: *g\nusual: &u [walk]\n", 2);

        assertThat(yaml.values()).containsEntry("goal", "walk-daily").containsEntry("also", "walk-daily")
                .containsEntry("usual", List.of("walk"));
    }

    @Test
    void aValueStartingWithACharacterYamlKeepsIsSaidWithTheValueToQuote() {
        // The reader said "(Do not use @ for indentation)" and the build added "Check the indentation".
        for (String value : List.of("@home again", "*sigh* long day", "`code` day", "%done",
                "!!javax.script.ScriptEngineManager [x]")) {
            Throwable thrown = catchThrowable(() -> YamlReader.readMapping("mood: 3\ntitle: " + value + "\n", 2));
            assertThat(thrown).as(value).isInstanceOfSatisfying(YamlReader.YamlError.class, e -> {
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.field()).isEqualTo("title");
                assertThat(e.getMessage()).isEqualTo("YAML reads a value that starts with '" + value.charAt(0)
                        + "' as something other than text, and cannot read this one. Put the value in quotes: \""
                        + value + "\".");
            });
        }
    }

    @Test
    void yamlsOwnTagsAndAnExclamationMarkInsideAValueAreRead() throws Exception {
        YamlMap yaml = YamlReader.readMapping("title: !!str 1234\nsummary: Done! Finally\nquoted: \"!yes\"\n", 2);

        assertThat(yaml.values()).containsEntry("title", "1234").containsEntry("summary", "Done! Finally")
                .containsEntry("quoted", "!yes");
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "a: " + "[".repeat(60) + "x" + "]".repeat(60) + "\n";

        assertThatThrownBy(() -> YamlReader.readMapping(deep, 2)).isInstanceOf(YamlReader.YamlError.class)
                .hasMessageStartingWith("lists and groups are nested here more than 30 levels deep")
                .hasMessageContaining("the limit keeps").hasMessageContaining("nest less")
                .hasMessageNotContaining("Nesting Depth").hasMessageNotContaining("cannot be read");
        String indented = "a:\n" + IntStream.range(0, 35)
                .mapToObj(i -> "  ".repeat(i + 1) + "k" + i + ":\n").collect(Collectors.joining());
        assertThatThrownBy(() -> YamlReader.readMapping(indented, 2)).hasMessageContaining("nest less");
    }

    @Test
    void namesTheTopLevelFieldTheTooDeepNestingIsUnder() {
        String flow = "title: Walked\ntags: [walk, " + "[".repeat(40) + "x" + "]".repeat(40) + "]\nmood: 3\n";
        YamlReader.YamlError inFlow = (YamlReader.YamlError) catchThrowable(() -> YamlReader.readMapping(flow, 2));
        assertThat(inFlow).hasMessageStartingWith("lists and groups are nested here more than 30 levels deep");
        assertThat(inFlow.field()).isEqualTo("tags");
        assertThat(inFlow.line()).isEqualTo(3);

        String indented = "title: Walked\nplace:\n  city: Bern\nnotes:\n" + IntStream.range(0, 35)
                .mapToObj(i -> "  ".repeat(i + 1) + "k" + i + ":\n").collect(Collectors.joining());
        YamlReader.YamlError inBlock = (YamlReader.YamlError) catchThrowable(() -> YamlReader.readMapping(indented, 2));
        assertThat(inBlock).hasMessageContaining("nest less");
        assertThat(inBlock.field()).isEqualTo("notes");
        assertThat(inBlock.line()).isEqualTo(5);
    }

    @Test
    void namesNoFieldForTooDeepNestingOutsideAnyField() {
        String list = "- a\n- " + "[".repeat(40) + "x" + "]".repeat(40) + "\n";
        YamlReader.YamlError refused = (YamlReader.YamlError) catchThrowable(() -> YamlReader.readMapping(list, 2));

        assertThat(refused).hasMessageStartingWith("lists and groups are nested here more than 30 levels deep");
        assertThat(refused.field()).isNull();
        assertThat(refused.line()).isEqualTo(2);
    }

    @Test
    void namesTheFieldWhenNestedJustPastTheLimit() throws Exception {
        int deepest = 1;
        while (deepest < 40) {
            String text = "title: Walked\ntags: " + "[".repeat(deepest + 1) + "x" + "]".repeat(deepest + 1) + "\n";
            Throwable refused = catchThrowable(() -> YamlReader.readMapping(text, 2));
            if (refused != null) {
                assertThat(((YamlReader.YamlError) refused).field()).isEqualTo("tags");
                break;
            }
            deepest++;
        }
        assertThat(deepest).isBetween(28, 31);
    }

    @Test
    void refusesMoreAliasesThanTheLimitWithWhatToWriteInstead() {
        StringBuilder text = new StringBuilder("x0: &a0 [1]\n");
        for (int i = 1; i < 60; i++) {
            text.append("x").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append("]\n");
        }

        assertThatThrownBy(() -> YamlReader.readMapping(text.toString(), 2)).isInstanceOf(YamlReader.YamlError.class)
                .hasMessageStartingWith("more than 50 aliases ('*name') repeat lists or groups here")
                .hasMessageContaining("Write the values out").hasMessageNotContaining("max=");
    }

    @Test
    void namesTheTopLevelFieldWhereTheAliasesPassTheLimit() {
        String text = "title: Walked\nsteps: &steps [out, back]\nrepeats: [" + "*steps, ".repeat(60)
                + "*steps]\nmood: 3\n";
        YamlReader.YamlError refused = (YamlReader.YamlError) catchThrowable(() -> YamlReader.readMapping(text, 2));

        assertThat(refused).hasMessageStartingWith("more than 50 aliases ('*name') repeat lists or groups here");
        assertThat(refused.field()).isEqualTo("repeats");
        assertThat(refused.line()).isEqualTo(4);
    }

    @Test
    void countsOnlyAliasesToListsOrGroupsAsTheReaderDoes() {
        // 50 aliases to a list are read; the 51st, after many aliases to a plain value, is the one refused.
        String text = "word: &w walk\nsteps: &s [out]\nplain: [" + "*w, ".repeat(80) + "*w]\nfew: ["
                + "*s, ".repeat(49) + "*s]\nlast: *s\n";
        YamlReader.YamlError refused = (YamlReader.YamlError) catchThrowable(() -> YamlReader.readMapping(text, 2));

        assertThat(refused).hasMessageStartingWith("more than 50 aliases");
        assertThat(refused.field()).isEqualTo("last");
        assertThat(refused.line()).isEqualTo(6);
    }

    @Test
    void acceptsModestNesting() throws Exception {
        String nested = "a: " + "[".repeat(10) + "x" + "]".repeat(10) + "\n";

        Object value = YamlReader.readMapping(nested, 2).values().get("a");
        for (int i = 0; i < 10; i++) {
            assertThat(value).isInstanceOf(List.class);
            value = ((List<?>) value).get(0);
        }
        assertThat(value).isEqualTo("x");
    }

    @Test
    void reportsDuplicateKeyInsideANestedMapping() {
        assertThatThrownBy(() -> YamlReader.readMapping("params:\n  colour: red\n  colour: blue\n", 2))
                .isInstanceOf(YamlReader.YamlError.class);
    }

    private static void assertOnlyPlainValues(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertThat(k).isInstanceOf(String.class);
                assertOnlyPlainValues(v);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(YamlReaderTest::assertOnlyPlainValues);
        } else if (value != null) {
            assertThat(value).isInstanceOfAny(String.class, Long.class, BigDecimal.class, Boolean.class);
        }
    }
}
