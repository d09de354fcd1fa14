package org.smallwins.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void splitsYamlAndBodyWithFileLines() throws Exception {
        FrontMatter parts = FrontMatter.split("---\ntitle: A walk\nmood: 4\n---\nWent outside.\n");

        assertThat(parts.yaml()).isEqualTo("title: A walk\nmood: 4\n");
        assertThat(parts.yamlLine()).isEqualTo(2);
        assertThat(parts.body()).isEqualTo("Went outside.\n");
        assertThat(parts.bodyLine()).isEqualTo(5);
    }

    @Test
    void fileWithoutFrontMatterIsAllBodyFromLineOne() throws Exception {
        FrontMatter parts = FrontMatter.split("# Hello\n\ntitle: not yaml\n");

        assertThat(parts.yaml()).isEmpty();
        assertThat(parts.body()).isEqualTo("# Hello\n\ntitle: not yaml\n");
        assertThat(parts.bodyLine()).isEqualTo(1);
    }

    @Test
    void frontMatterAfterBlankLinesIsRefusedNotReadAsText() {
        // Read as body text, a 'private: true' in it would be ignored and the entry published.
        assertThatThrownBy(() -> FrontMatter.split("\n\n---\ntitle: late\nprivate: true\n---\nBody\n"))
                .isInstanceOfSatisfying(FrontMatter.Misplaced.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void indentedOrFourDashFrontMatterIsRefused() {
        assertThatThrownBy(() -> FrontMatter.split(" ---\ntitle: x\n---\n"))
                .isInstanceOfSatisfying(FrontMatter.Misplaced.class, e -> assertThat(e.opener()).isEqualTo(" ---"));
        assertThatThrownBy(() -> FrontMatter.split("----\ntitle: x\n----\n"))
                .isInstanceOfSatisfying(FrontMatter.Misplaced.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void aBodyThatStartsWithARuleIsStillABody() throws Exception {
        FrontMatter parts = FrontMatter.split("\n----\nA line of text, not a field.\n\n----\n");

        assertThat(parts.yaml()).isEmpty();
        assertThat(parts.body()).startsWith("\n----\nA line");
        assertThat(parts.bodyLine()).isEqualTo(1);
    }

    @Test
    void crlfLineEndingsAreNormalised() throws Exception {
        FrontMatter parts = FrontMatter.split("---\r\ntitle: A\r\ntags: [x]\r\n---\r\nLine one\r\nLine two\r\n");

        assertThat(parts.yaml()).isEqualTo("title: A\ntags: [x]\n");
        assertThat(parts.body()).isEqualTo("Line one\nLine two\n");
        assertThat(parts.bodyLine()).isEqualTo(5);
    }

    @Test
    void linesEndedByCarriageReturnsAloneAreLinesToo() throws Exception {
        FrontMatter parts = FrontMatter.split("---\rtitle: A\r---\rLine one\rLine two\r");

        assertThat(parts.yaml()).isEqualTo("title: A\n");
        assertThat(parts.body()).isEqualTo("Line one\nLine two\n");
        assertThat(parts.bodyLine()).isEqualTo(4);
    }

    @Test
    void byteOrderMarkIsRemovedBySourceTextSoFrontMatterIsFound() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rest = "---\ntitle: Café\n---\nBody\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(rest, 0, bytes, bom.length, rest.length);

        String text = SourceText.decode(bytes);
        FrontMatter parts = FrontMatter.split(text);

        assertThat(text).doesNotStartWith("\uFEFF");
        assertThat(parts.yaml()).isEqualTo("title: Café\n");
        assertThat(parts.body()).isEqualTo("Body\n");
    }

    @Test
    void twoByteOrderMarksAreRemovedTooSoTheFrontMatterIsNotPublishedAsText() throws Exception {
        // Left by an editor or a script that added its own mark before the one already there: with
        // one taken off, the first line was "\uFEFF---", and the fields, private: true among them,
        // went on the page as words.
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rest = "---\ntitle: Café\nprivate: true\n---\nBody\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[2 * bom.length + rest.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(bom, 0, bytes, bom.length, bom.length);
        System.arraycopy(rest, 0, bytes, 2 * bom.length, rest.length);

        FrontMatter parts = FrontMatter.split(SourceText.decode(bytes));

        assertThat(parts.yaml()).isEqualTo("title: Café\nprivate: true\n");
        assertThat(parts.body()).isEqualTo("Body\n");
    }

    @Test
    void sourceTextNamesTheLineOfTheFirstByteThatIsNotUtf8() {
        byte[] latin1 = "---\ntitle: ok\nplace: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> SourceText.decode(latin1))
                .isInstanceOfSatisfying(SourceText.NotUtf8.class, e -> assertThat(e.line).isEqualTo(3));
    }

    @Test
    void unclosedFrontMatterIsRefused() {
        assertThatThrownBy(() -> FrontMatter.split("---\ntitle: A\n\nBody without a closer\n"))
                .isInstanceOf(FrontMatter.Unclosed.class);
    }

    @Test
    void plusLinesOpenTomlFrontMatterWhichIsRefusedNotTakenForBody() {
        assertThatThrownBy(() -> FrontMatter.split("+++\ntitle = \"a\"\n+++\nBody\n")).isInstanceOf(FrontMatter.Toml.class);
        assertThatThrownBy(() -> FrontMatter.split("+++  \r\ndraft = true\r\n+++\r\n")).isInstanceOf(FrontMatter.Toml.class);
    }

    @Test
    void aLoneOpeningLineIsUnclosed() {
        assertThatThrownBy(() -> FrontMatter.split("---")).isInstanceOf(FrontMatter.Unclosed.class);
        assertThatThrownBy(() -> FrontMatter.split("---\n")).isInstanceOf(FrontMatter.Unclosed.class);
    }

    @Test
    void threeDotsCloseTheFrontMatter() throws Exception {
        FrontMatter parts = FrontMatter.split("---\ntitle: A\n...\nBody\n");

        assertThat(parts.yaml()).isEqualTo("title: A\n");
        assertThat(parts.body()).isEqualTo("Body\n");
        assertThat(parts.bodyLine()).isEqualTo(4);
    }

    @Test
    void closerMayHaveTrailingSpaces() throws Exception {
        FrontMatter parts = FrontMatter.split("---\ntitle: A\n---   \nBody\n");

        assertThat(parts.yaml()).isEqualTo("title: A\n");
        assertThat(parts.body()).isEqualTo("Body\n");
    }

    @Test
    void emptyFrontMatterGivesEmptyYaml() throws Exception {
        FrontMatter parts = FrontMatter.split("---\n---\nBody\n");

        assertThat(parts.yaml()).isEmpty();
        assertThat(parts.body()).isEqualTo("Body\n");
        assertThat(parts.bodyLine()).isEqualTo(3);
    }

    @Test
    void closerOnTheLastLineWithoutNewlineLeavesAnEmptyBody() throws Exception {
        FrontMatter parts = FrontMatter.split("---\ntitle: A\n---");

        assertThat(parts.yaml()).isEqualTo("title: A\n");
        assertThat(parts.body()).isEmpty();
        assertThat(parts.bodyLine()).isEqualTo(4);
    }

    @Test
    void onlyTheFirstCloserEndsTheFrontMatterSoALaterRuleStaysInTheBody() throws Exception {
        FrontMatter parts = FrontMatter.split("---\ntitle: A\n---\nabove\n---\nbelow\n");

        assertThat(parts.yaml()).isEqualTo("title: A\n");
        assertThat(parts.body()).isEqualTo("above\n---\nbelow\n");
    }

    @Test
    void bodyLineCountsEveryFrontMatterLineIncludingBlankOnes() throws Exception {
        FrontMatter parts = FrontMatter.split("---\ntitle: A\n\n# a comment\nmood: 3\n\n---\n\nBody\n");

        assertThat(parts.bodyLine()).isEqualTo(8);
        assertThat(parts.body()).isEqualTo("\nBody\n");
    }
}
