package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

/** A theme author's mistakes while rendering are told in the theme's terms, not FreeMarker's settings. */
class ThemeMistakeTest {
    @TempDir
    Path tmp;

    private List<String> problemsWithEntryTemplate(String template) {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-03-10-walk.md", "---\ntitle: Walk\ntags: [outside]\n---\nA walk.\n",
                "themes/default/templates/entry.ftlh", template);
        try {
            new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site")).withToday(LocalDate.of(2025, 3, 11)));
        } catch (JournalException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the build should have failed");
    }

    @Test
    void aKeyMisspeltInAHashOfTheModelNamesTheKeyMeant() {
        assertThat(problemsWithEntryTemplate("<h1>\n${entry.titel}</h1>\n")).containsExactly(
                "themes/default/templates/entry.ftlh:2: failed while rendering 2025/03/10/walk/index.html: The"
                        + " following has evaluated to null or missing: entry.titel. Did you mean entry.title? If it"
                        + " may be missing, give a default (${x!\"\"}) or test it first (<#if x??>)");
    }

    @Test
    void aKeyMisspeltOnALoopsVariableNamesTheKeyMeant() {
        assertThat(problemsWithEntryTemplate("<#list entry.tags as tag>\n${tag.nmae}\n</#list>\n")).containsExactly(
                "themes/default/templates/entry.ftlh:2: failed while rendering 2025/03/10/walk/index.html: The"
                        + " following has evaluated to null or missing: tag.nmae. Did you mean tag.name? If it"
                        + " may be missing, give a default (${x!\"\"}) or test it first (<#if x??>)");
    }

    @Test
    void aMisspeltVariableNamesTheVariableMeantInsideALoopAndOutside() {
        assertThat(problemsWithEntryTemplate("<#list [entry] as e>\n${e.titel}\n</#list>\n")).singleElement()
                .asString().contains("missing: e.titel. Did you mean e.title?");
        assertThat(problemsWithEntryTemplate("<#list entry.tags as tag>\n${tga.name}\n</#list>\n")).singleElement()
                .asString().contains("missing: tga. Did you mean tag?");
        assertThat(problemsWithEntryTemplate("${entri.title}\n")).singleElement()
                .asString().contains("missing: entri. Did you mean entry?");
    }

    @Test
    void aShortVariableNameOneLetterOffAnotherGetsNoGuess() {
        assertThat(problemsWithEntryTemplate("<#list [entry] as x>\n${y.title}\n</#list>\n")).singleElement()
                .asString().contains("missing: y. If it may be missing").doesNotContain("Did you mean");
    }

    @Test
    void aKeyFarFromEveryKeyOfItsHashGetsNoGuess() {
        assertThat(problemsWithEntryTemplate("${site.weather}\n")).singleElement().asString()
                .contains("missing: site.weather. If it may be missing").doesNotContain("Did you mean");
    }

    @Test
    void apiIsRefusedSayingWhatToUseInstead() {
        assertThat(problemsWithEntryTemplate("<p>\n${entry.title?api.length()}</p>\n")).containsExactly(
                "themes/default/templates/entry.ftlh:2: failed while rendering 2025/03/10/walk/index.html: ?api is"
                        + " refused (entry.title?api): templates get data, not Java objects. Use the variables"
                        + " docs/theme-model.md lists instead.");
    }

    @Test
    void newIsRefusedSayingWhatToUseInstead() {
        assertThat(problemsWithEntryTemplate(
                "<#assign run = \"freemarker.template.utility.Execute\"?new()>\n${run(\"id\")}\n")).containsExactly(
                "themes/default/templates/entry.ftlh:1: failed while rendering 2025/03/10/walk/index.html: ?new is"
                        + " refused (freemarker.template.utility.Execute): templates cannot make Java objects."
                        + " Use the variables docs/theme-model.md lists, and macros or functions of your own, instead.");
    }

    @Test
    void aThemesLayoutWithoutAMacroTheBuiltInPagesCallSaysWhichAndWhatToDo() {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "theme: calm\n",
                "content/wins/2025-03-10-walk.md", "---\ntitle: Walk\n---\nA walk.\n",
                "themes/calm/templates/layout.ftlh", "<#macro frame><#nested></#macro>\n");
        List<String> problems;
        try {
            new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site")).withToday(LocalDate.of(2025, 3, 11)));
            throw new AssertionError("the build should have failed");
        } catch (JournalException e) {
            problems = e.problems().stream().map(Problem::toString).toList();
        }

        assertThat(problems).contains("(built-in theme) templates/entry.ftlh:3: failed while rendering"
                + " 2025/03/10/walk/index.html: The following has evaluated to null or missing: layout.page. The"
                + " built-in entry.ftlh calls page from layout.ftlh, which themes/calm/templates/layout.ftlh replaces"
                + " without it. Define page there (docs/theme-model.md lists what the built-in templates call), or"
                + " replace entry.ftlh too.");
    }

    @Test
    void anIncludeOfAFileTheThemeDoesNotHaveNamesItAndWhatToDo() {
        assertThat(problemsWithEntryTemplate("<p>entry</p>\n<#include \"missing-part.ftlh\">\n")).containsExactly(
                "themes/default/templates/entry.ftlh:2: imports or includes 'missing-part.ftlh', which the theme does"
                        + " not have (looked for in themes/default/templates/ and the built-in theme). Add the file to"
                        + " themes/default/templates/, or correct the name.");
    }
}
