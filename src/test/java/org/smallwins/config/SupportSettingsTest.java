package org.smallwins.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.model.Privacy;
import org.smallwins.model.Support;
import org.smallwins.problem.Problem;

/** journal.yml's privacy: and support: groups, read strictly, each mistake pinned to its line and field. */
class SupportSettingsTest {
    @TempDir
    Path journal;

    private SettingsLoader.Result load(String yaml) throws IOException {
        Files.writeString(journal.resolve("journal.yml"), yaml, StandardCharsets.UTF_8);
        return SettingsLoader.load(journal);
    }

    @Test
    void readsAFullSupportGroupAndPrivacy() throws IOException {
        SettingsLoader.Result result = load("""
                title: Mine
                privacy:
                  encrypt: true
                  passwordFile: .password
                support:
                  people:
                    - name: Dr Lee
                      role: my therapist
                      phone: "000 000 0000"
                      hours: Tuesdays
                      checked: 2025-03-01
                  crisisLines:
                    - name: Local crisis line
                      text: "000"
                      url: https://example.org/help
                      checked: 2025-02-01
                  safetyPlan:
                    warningSigns: [Not sleeping, Skipping meals]
                    copingSteps:
                      - A slow walk
                    note: Read this slowly.
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().privacy()).extracting(Privacy::encrypt, Privacy::passwordFile)
                .containsExactly(true, ".password");
        Support support = result.settings().support();
        assertThat(support.people()).containsExactly(new Support.Contact("Dr Lee", "my therapist", "000 000 0000",
                null, null, null, "Tuesdays", null, LocalDate.of(2025, 3, 1)));
        assertThat(support.crisisLines()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("000");
            assertThat(c.url()).isEqualTo("https://example.org/help");
        });
        assertThat(support.safetyPlan().warningSigns()).containsExactly("Not sleeping", "Skipping meals");
        assertThat(support.safetyPlan().copingSteps()).containsExactly("A slow walk");
        assertThat(support.safetyPlan().note()).isEqualTo("Read this slowly.");
    }

    @Test
    void everyMistakeNamesItsLineAndField() throws IOException {
        List<Problem> problems = load("""
                support:
                  people:
                    - name: Dr Lee
                      phone: call me maybe
                      checked: 2025-03-01
                    - name: Sam
                      email: sam-at-home
                      checked: last week
                    - name: Alex
                      phone: "000"
                      mobile: "000"
                    - role: nobody
                  crisisLines:
                    - name: Line
                      url: example.org
                      checked: 2025-01-01
                  safetyPlan: [be kind]
                  helpers: []
                privacy:
                  encrypt: yes please
                """).problems();

        assertThat(problems).allSatisfy(p -> {
            assertThat(p.path()).isEqualTo("journal.yml");
            assertThat(p.isError()).isTrue();
        });
        assertThat(problems).extracting(p -> p.line() + " " + p.field()).containsExactlyInAnyOrder(
                "4 support.people[1].phone",
                "7 support.people[2].email",
                "8 support.people[2].checked",
                "9 support.people[3]",
                "11 support.people[3].mobile",
                "12 support.people[4]",
                "15 support.crisisLines[1].url",
                "17 support.safetyPlan",
                "18 support.helpers",
                "20 privacy.encrypt");
        assertThat(problems).filteredOn(p -> p.field().equals("support.people[3]")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'Alex' needs 'checked:'").contains("2025-03-14"));
        assertThat(problems).filteredOn(p -> p.field().equals("support.people[4]")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("needs a 'name:'"));
        assertThat(problems).filteredOn(p -> p.field().equals("support.helpers")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Known: crisisLines, people, safetyPlan"));
    }

    @Test
    void aContactWithNoWayToReachThemIsAnError() throws IOException {
        List<Problem> problems = load("""
                support:
                  people:
                    - name: Sam
                      checked: 2025-03-01
                """).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("'Sam' has no way to reach them");
        });
    }

    @Test
    void withoutTheGroupsThereIsNoSupportAndNoEncryption() throws IOException {
        SettingsLoader.Result result = load("title: Mine\n");
        assertThat(result.settings().support().isEmpty()).isTrue();
        assertThat(result.settings().privacy()).isEqualTo(Privacy.OFF);
    }
}
