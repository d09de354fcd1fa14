package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.ParseException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.model.JournalSettings;

/** A template FreeMarker cannot parse: one short problem at the place to look, without the parser's token list. */
class TemplateSyntaxTest {
    @TempDir
    Path tmp;

    /** The problem, as printed, for a journal's entry.ftlh of {@code text}. */
    private String problemFor(String text) {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "themes/default/templates/entry.ftlh", text);
        Theme theme = Theme.load(journal, JournalSettings.defaults(), new ArrayList<>());
        try {
            theme.freemarker().getTemplate("entry.ftlh");
        } catch (ParseException e) {
            String problem = TemplateSyntax.problem(theme, e).toString();
            assertThat(problem).doesNotContain("\n").doesNotContain("expecting").doesNotContain("<STATIC_TEXT");
            return problem;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the template should not parse");
    }

    private static final String AT = "themes/default/templates/entry.ftlh:";

    @Test
    void anUnclosedIfIsShownWhereItWasOpenedNotWhereTheParserGaveUp() {
        assertThat(problemFor("<@layout.page>\n<p>\n  <h1><#if entry.title>${entry.title}</h1>\n<p>more</p>\n</@layout.page>\n"))
                .isEqualTo(AT + "3:7: the template cannot be read: <#if> is not closed: FreeMarker reached"
                        + " </@layout.page> on line 5 with it still open. Add its </#if> where it should end.");
        assertThat(problemFor("<p>\n<#list xs as x>\n<#if x>${x}</#if>\n"))
                .isEqualTo(AT + "2:1: the template cannot be read: <#list> is not closed: FreeMarker reached the end"
                        + " of the file with it still open. Add its </#list> where it should end.");
        // An #if in a comment is text, and one closed is not the one left open.
        assertThat(problemFor("<#-- <#if a> -->\n<#if b>b</#if>\n<#if c>\n<p>\n")).startsWith(AT + "3:1: ");
    }

    @Test
    void anUnclosedCaptureMacroFunctionOrUserDirectiveIsShownWhereItWasOpened() {
        // <#assign n = 1> needs no end-tag; <#assign note>, capturing what follows, does.
        assertThat(problemFor("<#assign n = 1>\n<p>\n  <#assign note>\n<b>${n}</b>\n"))
                .isEqualTo(AT + "3:3: the template cannot be read: <#assign> is not closed: FreeMarker reached the end"
                        + " of the file with it still open. Add its </#assign> where it should end.");
        assertThat(problemFor("<#global g>g</#global>\n<#if a>\n<#global note>\n</#if>\n"))
                .isEqualTo(AT + "3:1: the template cannot be read: <#global> is not closed: FreeMarker reached"
                        + " </#if> on line 4 with it still open. Add its </#global> where it should end.");
        assertThat(problemFor("<p>\n<#macro card e>\n<p>${e}</p>\n")).isEqualTo(AT + "2:1: the template cannot be"
                + " read: <#macro> is not closed: FreeMarker reached the end of the file with it still open. Add its"
                + " </#macro> where it should end.");
        assertThat(problemFor("<p>\n <#function twice x>\n  <#return x * 2>\n")).isEqualTo(AT + "2:2: the template"
                + " cannot be read: <#function> is not closed: FreeMarker reached the end of the file with it still"
                + " open. Add its </#function> where it should end.");
        // A call closed by its own />, even with a > in a string, opens nothing.
        assertThat(problemFor("<#macro card entry><p>${entry}</p></#macro>\n<@card entry=e/>\n<@card entry=\"a > b\"/>"
                + "\n  <@card entry=e>\n<p>\n")).isEqualTo(AT + "4:3: the template cannot be read: <@card> is not"
                + " closed: FreeMarker reached the end of the file with it still open. Add its </@card> where it"
                + " should end.");
        // </@> closes the innermost call, here the <@card>.
        assertThat(problemFor("<@layout.page>\n<@card entry=e>\n<p>\n</@>\n")).isEqualTo(AT + "1:1: the template"
                + " cannot be read: <@layout.page> is not closed: FreeMarker reached the end of the file with it still"
                + " open. Add its </@layout.page> where it should end.");
        assertThat(problemFor("<p>\n<@card entry=e>\n</#if>\n")).isEqualTo(AT + "3:1: the template cannot be read:"
                + " </#if> has nothing to close: no <#if> is open here. Remove it, or add the missing <#if> before it."
                + " (What is open here is the <@card> of line 2, closed by </@card>.)");
    }

    @Test
    void inSquareBracketSyntaxAnUnclosedDirectiveIsShownWhereItWasOpenedAsItIsWritten() {
        // [#ftl] first switches a template to square-bracket tags, though the configuration's are angle brackets.
        assertThat(problemFor("[#ftl]\n<p>\n  [#if entry.title]${entry.title}\n<p>more</p>\n"))
                .isEqualTo(AT + "3:3: the template cannot be read: [#if] is not closed: FreeMarker reached the end of"
                        + " the file with it still open. Add its [/#if] where it should end.");
        // Its comments are [#-- --], and <#if> in it is text.
        assertThat(problemFor(" [#ftl]\n<#if a>\n[#list xs as x]\n[#if x]${x}[/#if] [#-- [#if y] --]\n"))
                .isEqualTo(AT + "3:1: the template cannot be read: [#list] is not closed: FreeMarker reached the end"
                        + " of the file with it still open. Add its [/#list] where it should end.");
        assertThat(problemFor("[#ftl]\n[#list xs as x]\n${x}\n[/#if]\n")).isEqualTo(AT + "4:1: the template cannot"
                + " be read: [/#if] has nothing to close: no [#if] is open here. Remove it, or add the missing [#if]"
                + " before it. (What is open here is the [#list] of line 2, closed by [/#list].)");
        assertThat(problemFor("[#ftl]\n[#assign note]\n[@card entry=e/]\n[@card entry=e]\n")).isEqualTo(AT + "4:1:"
                + " the template cannot be read: [@card] is not closed: FreeMarker reached the end of the file with it"
                + " still open. Add its [/@card] where it should end.");
        assertThat(problemFor("[#ftl]\n[#if xs[0] > 1]\n[#assign note]\n[/#if]\n")).isEqualTo(AT + "3:1: the"
                + " template cannot be read: [#assign] is not closed: FreeMarker reached [/#if] on line 4 with it still"
                + " open. Add its [/#assign] where it should end.");
    }

    @Test
    void aByteOrderMarkBeforeFtlLeavesTheSquareBracketSyntaxAndTheColumnsAsWritten() {
        assertThat(problemFor("\uFEFF[#ftl]\n  [#if a]\n")).isEqualTo(AT + "2:3: the template cannot be read: [#if] is"
                + " not closed: FreeMarker reached the end of the file with it still open. Add its [/#if] where it"
                + " should end.");
        assertThat(problemFor("\uFEFF<p>${a +}\n")).startsWith(AT + "1:9: ");
    }

    @Test
    void anEndTagThatClosesNothingIsTheMistakeNotWhatIsOpen() {
        assertThat(problemFor("<p>\n</#if>\n")).isEqualTo(AT + "2:1: the template cannot be read: </#if> has nothing"
                + " to close: no <#if> is open here. Remove it, or add the missing <#if> before it.");
        assertThat(problemFor("<p>\n<#list xs as x>\n${x}\n</#if>\n")).isEqualTo(AT + "4:1: the template cannot be"
                + " read: </#if> has nothing to close: no <#if> is open here. Remove it, or add the missing <#if>"
                + " before it. (What is open here is the <#list> of line 2, closed by </#list>.)");
        assertThat(problemFor("<p>\n<#else>\n")).isEqualTo(AT + "2:1: the template cannot be read: <#else> belongs"
                + " inside an <#if> or <#list>, and none is open here. Remove it, or add the <#if> it belongs to.");
    }

    @Test
    void aCallClosedByAnotherNameIsShownAtTheCallWithTheEndTagItWants() {
        // FreeMarker reports the end-tag ("Expecting </@> or </@card>"); the call is what it must match.
        assertThat(problemFor("<p>\n  <@card entry=e>\n<p>x</p>\n</@cards>\n")).isEqualTo(AT + "2:3: the template"
                + " cannot be read: the <@card> call on line 2 is closed by </@cards> on line 4, which names another"
                + " macro. End the call with </@card> (or </@>), or mend the name that is misspelt.");
        // The innermost call is the one closed, not the outer one; calls closed by their own /> close nothing.
        assertThat(problemFor("<@layout.page>\n<@card entry=e/>\n<@card entry=e>\nx\n</@layout.page >\n"))
                .isEqualTo(AT + "3:1: the template cannot be read: the <@card> call on line 3 is closed by"
                        + " </@layout.page> on line 5, which names another macro. End the call with </@card> (or"
                        + " </@>), or mend the name that is misspelt.");
        assertThat(problemFor("<@card entry=e>\n<@layout.page>\nx\n</@layout.pages>\n</@card>\n")).isEqualTo(AT
                + "2:1: the template cannot be read: the <@layout.page> call on line 2 is closed by </@layout.pages> on"
                + " line 4, which names another macro. End the call with </@layout.page> (or </@>), or mend the name"
                + " that is misspelt.");
        assertThat(problemFor("[#ftl]\n[@card entry=e]\n[/@cards]\n")).isEqualTo(AT + "2:1: the template cannot be"
                + " read: the [@card] call on line 2 is closed by [/@cards] on line 3, which names another macro. End"
                + " the call with [/@card] (or [/@]), or mend the name that is misspelt.");
    }

    @Test
    void aCallEndTagWithNoCallOpenIsStray() {
        assertThat(problemFor("<p>\n</@card>\n")).isEqualTo(AT + "2:1: the template cannot be read: </@card> is"
                + " stray: no <@card> call is open here for it to close. Remove it, or add the missing <@card> before"
                + " it.");
        assertThat(problemFor("<p>\n<@card entry=e/>\n</@>\n")).isEqualTo(AT + "3:1: the template cannot be read:"
                + " </@> is stray: no macro call is open here for it to close. Remove it, or add the call it should"
                + " end before it.");
        // Inside an #if with no call open, the end-tag is the mistake, not the #if.
        assertThat(problemFor("<p>\n<#if a>\n</@card>\n</#if>\n")).isEqualTo(AT + "3:1: the template cannot be"
                + " read: </@card> is stray: no <@card> call is open here for it to close. Remove it, or add the"
                + " missing <@card> before it. (What is open here is the <#if> of line 2, closed by </#if>.)");
        // With a call open outside the #if, the #if is what is left open.
        assertThat(problemFor("<@card entry=e>\n<#if a>\n</@card>\n")).isEqualTo(AT + "2:1: the template cannot"
                + " be read: <#if> is not closed: FreeMarker reached </@card> on line 3 with it still open. Add its"
                + " </#if> where it should end.");
        assertThat(problemFor("[#ftl]\n[/@card]\n")).isEqualTo(AT + "2:1: the template cannot be read: [/@card] is"
                + " stray: no [@card] call is open here for it to close. Remove it, or add the missing [@card] before"
                + " it.");
    }

    @Test
    void anUnclosedInterpolationIsShownWhereItBegan() {
        assertThat(problemFor("<p>\nHi ${site.title\n</p>\n")).isEqualTo(AT + "2:4: the template cannot be read: the"
                + " ${ here has no closing }: FreeMarker read on to \"/\" on line 3, where it does not belong. Add the }"
                + " where the expression ends.");
        assertThat(problemFor("<p>\nHi ${site.title\n<b>${x}</b>\n")).startsWith(AT + "2:4: the template cannot be"
                + " read: the ${ here has no closing }");
        // An expression over two lines, closed, with another mistake in it: said where FreeMarker found it.
        assertThat(problemFor("<p>\n${f(1,\n2 +)}\n")).startsWith(AT + "3:4: the template cannot be read:"
                + " Encountered \")\" where it does not belong.");
    }

    @Test
    void anUnfinishedExpressionAndAnUnknownDirectiveAreSaidAtTheirColumn() {
        // A tab is one column, as in editors.
        assertThat(problemFor("<p>\n\t\t${a +}\n")).isEqualTo(AT + "2:8: the template cannot be read: \"}\" ends an"
                + " unfinished expression: something is missing before it, as in ${a +} or ${}.");
        assertThat(problemFor("<p>\n  <#foo>\n")).startsWith(AT + "2:4: the template cannot be read: Unknown"
                + " directive: #foo.");
        assertThat(problemFor("<p>\n${a[1}\n")).isEqualTo(AT + "2:6: the template cannot be read: FreeMarker"
                + " reached \"}\" while \"[\" is still open: add the missing \"]\" before it.");
        assertThat(problemFor("<p>\n${a b}\n")).isEqualTo(AT + "2:5: the template cannot be read: Encountered \"b\""
                + " where it does not belong. Look just before it for something left open: a ${ without its }, a"
                + " <#...> without its >, or a quote without its pair.");
    }

    @Test
    void aQuoteLeftOpenIsShownWhereItBeganNotAtTheEndOfTheFile() {
        assertThat(problemFor("<p>\n${\"abc}\n<p>é\n")).isEqualTo(AT + "2:3: the template cannot be read: this quote"
                + " is never closed: the file ends before its pair. Add the closing \" where the text should end.");
    }
}
