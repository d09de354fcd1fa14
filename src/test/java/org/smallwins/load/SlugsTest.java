package org.smallwins.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @Test
    void lowerCasesAndJoinsWordsWithDashes() {
        assertThat(Slugs.slugify("Tea with Ana, café!")).isEqualTo("tea-with-ana-cafe");
    }

    @Test
    void dropsAccents() {
        assertThat(Slugs.slugify("Crème brûlée à Zürich, señor")).isEqualTo("creme-brulee-a-zurich-senor");
    }

    @Test
    void collapsesRunsOfPunctuationAndTrimsDashesAtTheEnds() {
        assertThat(Slugs.slugify("  --Hello!!! ... world?? -- ")).isEqualTo("hello-world");
    }

    @Test
    void spellsLatinLettersThatHaveNoAccentToDropWithPlainOnes() {
        assertThat(Slugs.slugify("Über die Straße gegangen")).isEqualTo("uber-die-strasse-gegangen");
        assertThat(Slugs.slugify("Işık açtım")).isEqualTo("isik-actim");
        assertThat(Slugs.slugify("Smørrebrød, Łódź, þorp, Ærø")).isEqualTo("smorrebrod-lodz-thorp-aero");
    }

    /** Turkish capital I lower-cases to "i" in a slug, so its small dotless "ı" must too: one tag, not two. */
    @Test
    void turkishDottedAndDotlessIMakeOneSlugWhateverTheCase() {
        assertThat(Slugs.slugify("Iğdır")).isEqualTo(Slugs.slugify("ığdır")).isEqualTo("igdir");
        assertThat(Slugs.slugify("İstanbul")).isEqualTo(Slugs.slugify("istanbul"));
    }

    @Test
    void keepsDigits() {
        assertThat(Slugs.slugify("Ran 5 km in 2025")).isEqualTo("ran-5-km-in-2025");
    }

    @Test
    void keepsNonLatinLetters() {
        assertThat(Slugs.slugify("Привет, мир")).isEqualTo("привет-мир");
        assertThat(Slugs.slugify("日本語 テスト")).isEqualTo("日本語-テスト");
        assertThat(Slugs.slugify("Καλημέρα κόσμε")).isEqualTo("καλημερα-κοσμε");
    }

    @Test
    void keepsWordsOfOtherScriptsAsWritten() {
        assertThat(Slugs.slugify("한국어")).isEqualTo("한국어");
        assertThat(Slugs.slugify("नमस्ते")).isEqualTo("नमस्ते");
    }

    @Test
    void keepsLettersOutsideTheBasicPlane() {
        assertThat(Slugs.slugify("\uD840\uDC00 x")).isEqualTo("\uD840\uDC00-x");
    }

    @Test
    void capsTheLengthAtEightyCharacters() {
        assertThat(Slugs.slugify("a".repeat(200))).hasSize(80);
    }

    @Test
    void aCappedSlugOfManyWordsNeverEndsWithADash() {
        String slug = Slugs.slugify("walk ".repeat(60));

        assertThat(slug.length()).isBetween(75, 81);
        assertThat(slug).doesNotEndWith("-").doesNotStartWith("-").startsWith("walk-walk");
    }

    @Test
    void aSlugOfManyWordsIsAlsoCappedAtEightyCharacters() {
        assertThat(Slugs.slugify("walk ".repeat(60)).length()).isLessThanOrEqualTo(80);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "a/b", "..", ".", "./x", "a\\..\\b", "/root", "x.y.z", "%2e%2e%2f"})
    void neverProducesPathSyntax(String text) {
        String slug = Slugs.slugify(text);

        assertThat(slug).doesNotContain("/", ".", "\\").isNotEqualTo("..");
        assertThat(slug).matches("[\\p{L}\\p{N}-]*");
    }

    @Test
    void pathLikeInputKeepsOnlyItsWords() {
        assertThat(Slugs.slugify("../../etc/passwd")).isEqualTo("etc-passwd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "...", "---", "🎉🎉", "/"})
    void givesAnEmptySlugWhenNothingUsableIsLeft(String text) {
        assertThat(Slugs.slugify(text)).isEmpty();
    }

    @Test
    void titleFromNameTurnsDashesAndUnderscoresIntoSpaces() {
        assertThat(Slugs.titleFromName("first-walk_outside")).isEqualTo("First walk outside");
    }

    @Test
    void titleFromNameCollapsesRepeatedSeparators() {
        assertThat(Slugs.titleFromName("--tea__with--ana")).isEqualTo("Tea with ana");
    }

    @Test
    void titleFromAnEmptyNameIsUntitled() {
        assertThat(Slugs.titleFromName("")).isEqualTo("Untitled");
        assertThat(Slugs.titleFromName("-_-")).isEqualTo("Untitled");
    }

    @Test
    void asciiTextGetsTheSlugTheGeneralPathGives() {
        // Every ASCII char, in random texts of every length up to past the limit (80).
        Random random = new Random(30);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                // Mostly letters and spaces, so words and runs of separators both occur.
                int pick = random.nextInt(4);
                text.append(pick == 0 ? (char) random.nextInt(128) : pick == 1 ? ' ' : (char) ('a' + random.nextInt(26)));
            }
            String ascii = text.toString();
            assertThat(Slugs.computeAscii(ascii)).as(ascii).isEqualTo(Slugs.computeAnyText(ascii));
        }
        assertThat(Slugs.computeAscii("Got OUT of bed -- at 7:30!")).isEqualTo("got-out-of-bed-at-7-30");
    }

    @Test
    void textWithAnyOtherCharTakesTheGeneralPath() {
        assertThat(Slugs.slugifyOnce("Tea with Ana, caf\u00e9!")).isEqualTo("tea-with-ana-cafe");
        assertThat(Slugs.slugifyOnce("\u0928\u092e\u0938\u094d\u0924\u0947 walk")).isEqualTo(
                Slugs.computeAnyText("\u0928\u092e\u0938\u094d\u0924\u0947 walk"));
    }
}
