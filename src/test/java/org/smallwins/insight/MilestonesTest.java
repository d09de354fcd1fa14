package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smallwins.model.Goal;

class MilestonesTest {

    @Test
    void winCountsFromTheFirstToTheThousandthAndEveryThousandAfter() {
        TestJournal journal = TestJournal.today("2030-12-31");
        LocalDate day = LocalDate.parse("2025-01-01");
        for (int i = 0; i < 2000; i++) {
            journal.win(day.toString());
            if (i % 2 == 1) {
                day = day.plusDays(1);
            }
        }
        List<Milestone> counts = of(journal, Milestone.WIN_COUNT);

        assertThat(counts).extracting(Milestone::count).containsExactly(1, 10, 25, 50, 100, 250, 500, 1000, 2000);
        assertThat(counts).extracting(Milestone::label).startsWith("Your first win", "Your 10th win")
                .contains("Your 1,000th win");
        assertThat(counts.get(1).date()).isEqualTo("2025-01-05");
        assertThat(counts.get(1).entry().type().id()).isEqualTo("win");
        // The count is grouped the journal's way, as the site and stats write numbers.
        assertThat(of(journal.locale("de-DE"), Milestone.WIN_COUNT)).extracting(Milestone::label)
                .contains("Your 1.000th win", "Your 2.000th win");
        assertThat(of(journal.locale("fr-FR"), Milestone.WIN_COUNT)).extracting(Milestone::label)
                .contains("Your 1\u202f000th win");
    }

    @Test
    void anniversariesFromTheFirstEntryUpToToday() {
        List<Milestone> a = of(TestJournal.today("2027-02-28").reflection("2024-02-29").win("2024-03-01"),
                Milestone.ANNIVERSARY);

        assertThat(a).extracting(Milestone::date, Milestone::label, Milestone::count).containsExactly(
                tuple(LocalDate.parse("2024-03-29"), "One month of small wins", 1),
                tuple(LocalDate.parse("2024-08-29"), "Six months of small wins", 6),
                tuple(LocalDate.parse("2025-02-28"), "One year of small wins", 12),
                tuple(LocalDate.parse("2026-02-28"), "Two years of small wins", 24),
                tuple(LocalDate.parse("2027-02-28"), "Three years of small wins", 36));
        assertThat(a).allSatisfy(m -> assertThat(m.entry()).isNull());
        assertThat(of(TestJournal.today("2025-01-30").reflection("2024-12-31"), Milestone.ANNIVERSARY)).isEmpty();
        assertThat(of(TestJournal.today("2035-01-31").reflection("2024-01-31").win("2024-02-01"),
                Milestone.ANNIVERSARY)).extracting(Milestone::label)
                .contains("Ten years of small wins", "11 years of small wins");
    }

    @Test
    void anAnniversaryBeforeTheFirstWinIsOfShowingUp() {
        // A win on the day itself makes it one of small wins; one after it does not.
        List<Milestone> a = of(TestJournal.today("2025-06-01").reflection("2024-01-15").setback("2024-02-01")
                .win("2024-07-15").win("2025-03-01"), Milestone.ANNIVERSARY);

        assertThat(a).extracting(Milestone::date, Milestone::label).containsExactly(
                tuple(LocalDate.parse("2024-02-15"), "One month of showing up"),
                tuple(LocalDate.parse("2024-07-15"), "Six months of small wins"),
                tuple(LocalDate.parse("2025-01-15"), "One year of small wins"));
        // With no win at all, every anniversary is one of showing up.
        assertThat(of(TestJournal.today("2026-03-01").reflection("2024-01-31"), Milestone.ANNIVERSARY))
                .extracting(Milestone::label).containsExactly("One month of showing up", "Six months of showing up",
                        "One year of showing up", "Two years of showing up");
    }

    @Test
    void aNewTagIsTheFirstWinWithATagNoEarlierEntryHad() {
        List<Milestone> tags = of(TestJournal.today("2025-02-01")
                .win("2025-01-01", e -> e.tags("walk"))
                .reflection("2025-01-01", e -> e.tags("morning").at("09:00"))
                .reflection("2025-01-02", e -> e.tags("sleep"))
                .win("2025-01-03", e -> e.tags("Walk", "Sleep", "Swim").title("Pool"))
                .setback("2025-01-04", e -> e.tags("panic"))
                .win("2025-01-05", e -> e.tags("panic", "morning"))
                .win("2025-01-06", e -> e.tags("Art", "art"))
                .reflection("2025-01-07", e -> e.tags("music")), Milestone.NEW_TAG);

        assertThat(tags).extracting(m -> m.tag().name(), Milestone::label).containsExactly(
                tuple("Swim", "Your first \u201cSwim\u201d win"),
                tuple("Art", "Your first \u201cArt\u201d win"));
        assertThat(tags.get(0).entry().title()).isEqualTo("Pool");
    }

    @Test
    void theFirstWinsTagsAreNotNewTagsEvenAfterAnotherFirstEntry() {
        List<Milestone> tags = of(TestJournal.today("2025-02-01")
                .reflection("2025-01-01")
                .win("2025-01-02", e -> e.tags("walk"))
                .win("2025-01-03", e -> e.tags("walk", "swim")), Milestone.NEW_TAG);

        assertThat(tags).extracting(m -> m.tag().slug()).containsExactly("swim");
    }

    @Test
    void aBusyWeekIsTheFirstWeekWithWinsOnFiveDaysCountedInTheJournalsWeeks() {
        String[] days = {"2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05", "2025-01-06", "2025-01-07",
                "2025-01-08", "2025-01-09", "2025-01-10"};
        List<Milestone> monday = of(TestJournal.today("2025-02-01").wins(days).wins("2025-01-06"), Milestone.BUSY_WEEK);
        List<Milestone> sunday = of(TestJournal.today("2025-02-01").weekStart(DayOfWeek.SUNDAY).wins(days),
                Milestone.BUSY_WEEK);

        assertThat(monday).extracting(Milestone::date).containsExactly(LocalDate.parse("2025-01-10"));
        assertThat(sunday).extracting(Milestone::date).containsExactly(LocalDate.parse("2025-01-09"));
        assertThat(monday.get(0).label()).isEqualTo("Wins on five different days in one week");
    }

    @Test
    void aGoalMonthIsTheFirstMonthWhoseEveryWeekWasMet() {
        // Weeks starting in March 2025 (Mondays): the 3rd, 10th, 17th, 24th and 31st. The goal starts
        // Saturday 1 March, in the week of 24 February, which belongs to February: February is not whole.
        TestJournal journal = TestJournal.today("2025-04-10")
                .goal("2025-03-01", "walk", Goal.Cadence.WEEKLY, 1, Goal.Status.ACTIVE, null)
                .win("2025-03-01", e -> e.goals("walk"))
                .win("2025-03-04", e -> e.goals("walk"))
                .win("2025-03-12", e -> e.goals("walk"))
                .win("2025-03-17", e -> e.goals("walk"))
                .win("2025-03-30", e -> e.goals("walk"))
                .win("2025-04-02", e -> e.goals("walk"));

        List<Milestone> month = of(journal, Milestone.GOAL_MONTH);

        assertThat(month).extracting(Milestone::date, Milestone::label, Milestone::goalId).containsExactly(
                tuple(LocalDate.parse("2025-04-02"), "Every week in March 2025: Goal walk", "walk"));
        assertThat(month.get(0).entry().type().id()).isEqualTo("goal");

        // The month as it stands alone in the locale, as the timeline heads it: "март 2025 г.", not the
        // "марта 2025" that goes with a day; the year first in Japanese.
        assertThat(of(journal.locale("ru"), Milestone.GOAL_MONTH)).extracting(Milestone::label)
                .containsExactly("Every week in март 2025 г.: Goal walk");
        assertThat(of(journal.locale("ja"), Milestone.GOAL_MONTH)).extracting(Milestone::label)
                .containsExactly("Every week in 2025年3月: Goal walk");
    }

    @Test
    void noGoalMonthWhileAWeekOfItIsUnmetOrTheGoalIsNotWeekly() {
        TestJournal missing = TestJournal.today("2025-04-10")
                .goal("2025-03-01", "walk", Goal.Cadence.WEEKLY, 1, Goal.Status.ACTIVE, null)
                .win("2025-03-04", e -> e.goals("walk"))
                .win("2025-03-12", e -> e.goals("walk"))
                .win("2025-03-17", e -> e.goals("walk"))
                .win("2025-03-30", e -> e.goals("walk"));
        TestJournal monthly = TestJournal.today("2025-05-10")
                .goal("2025-03-01", "walk", Goal.Cadence.MONTHLY, 1, Goal.Status.ACTIVE, null)
                .win("2025-03-04", e -> e.goals("walk"))
                .win("2025-04-04", e -> e.goals("walk"));

        assertThat(of(missing, Milestone.GOAL_MONTH)).isEmpty();
        assertThat(of(monthly, Milestone.GOAL_MONTH)).isEmpty();
    }

    @Test
    void markedEntriesAndTheOrderOfOneDay() {
        List<Milestone> all = TestJournal.today("2026-01-01")
                .win("2025-01-01", e -> e.title("Start"))
                .reflection("2025-02-01", e -> e.title("A month in").milestone())
                .insights().milestones().items();

        assertThat(all).extracting(Milestone::date, Milestone::kind, Milestone::label).containsExactly(
                tuple(LocalDate.parse("2025-01-01"), "win-count", "Your first win"),
                tuple(LocalDate.parse("2025-02-01"), "anniversary", "One month of small wins"),
                tuple(LocalDate.parse("2025-02-01"), "marked", "A month in"),
                tuple(LocalDate.parse("2025-07-01"), "anniversary", "Six months of small wins"),
                tuple(LocalDate.parse("2026-01-01"), "anniversary", "One year of small wins"));
        assertThat(all.get(2).entry().url()).endsWith("/index.html");
    }

    @Test
    void aMarkedEntryTitledLikeThatDaysMilestoneIsThatMilestoneListedOnceAsTheWritersEntry() {
        List<Milestone> all = TestJournal.today("2026-01-01")
                .win("2025-01-01", e -> e.title("Start"))
                .reflection("2026-01-01", e -> e.title("One year of small wins!").milestone())
                .insights().milestones().items();

        assertThat(all).extracting(Milestone::date, Milestone::kind, Milestone::label).containsExactly(
                tuple(LocalDate.parse("2025-01-01"), "win-count", "Your first win"),
                tuple(LocalDate.parse("2025-02-01"), "anniversary", "One month of small wins"),
                tuple(LocalDate.parse("2025-07-01"), "anniversary", "Six months of small wins"),
                tuple(LocalDate.parse("2026-01-01"), "marked", "One year of small wins!"));
        assertThat(all.get(3).entry()).isNotNull();
    }

    @Test
    void aMarkedAnniversaryInTheOtherWordingIsStillThatAnniversaryInTheWritersWords() {
        // No win before the first year: the anniversary found is "of showing up", the writer's "of small wins".
        List<Milestone> all = TestJournal.today("2026-01-01")
                .reflection("2025-01-01", e -> e.title("Start"))
                .reflection("2026-01-01", e -> e.title("One year of small wins").milestone())
                .insights().milestones().items();

        assertThat(all).extracting(Milestone::date, Milestone::kind, Milestone::label).containsExactly(
                tuple(LocalDate.parse("2025-02-01"), "anniversary", "One month of showing up"),
                tuple(LocalDate.parse("2025-07-01"), "anniversary", "Six months of showing up"),
                tuple(LocalDate.parse("2026-01-01"), "marked", "One year of small wins"));

        // And the other way round: wins all along, and the writer calls it a year of showing up.
        assertThat(TestJournal.today("2026-01-01")
                .win("2025-01-01", e -> e.title("Start"))
                .reflection("2026-01-01", e -> e.title("One year of showing up").milestone())
                .insights().milestones().items()).extracting(Milestone::kind, Milestone::label)
                .endsWith(tuple("anniversary", "Six months of small wins"), tuple("marked", "One year of showing up"));
    }

    @Test
    void aMarkedEntryWithAnotherTitleOrOnAnotherDayLeavesTheMilestoneBeside() {
        List<Milestone> otherTitle = TestJournal.today("2026-01-01")
                .win("2025-01-01", e -> e.title("Start"))
                .win("2025-02-01", e -> e.title("Ran to the park").milestone())
                .reflection("2025-07-02", e -> e.title("Six months of small wins").milestone())
                .insights().milestones().items();

        assertThat(otherTitle).extracting(Milestone::date, Milestone::kind, Milestone::label).contains(
                tuple(LocalDate.parse("2025-02-01"), "anniversary", "One month of small wins"),
                tuple(LocalDate.parse("2025-02-01"), "marked", "Ran to the park"),
                tuple(LocalDate.parse("2025-07-01"), "anniversary", "Six months of small wins"),
                tuple(LocalDate.parse("2025-07-02"), "marked", "Six months of small wins"));
        assertThat(Milestones.sameDayAndLabel(LocalDate.parse("2025-07-01"), "  SIX months, of small wins…"))
                .isEqualTo(Milestones.sameDayAndLabel(LocalDate.parse("2025-07-01"), "Six months of small wins"));
    }

    @Test
    void anEmptyJournalHasNoMilestones() {
        assertThat(TestJournal.today("2026-01-01").insights().milestones().items()).isEmpty();
    }

    static List<Milestone> of(TestJournal journal, String kind) {
        return journal.insights().milestones().items().stream().filter(m -> m.kind().equals(kind)).toList();
    }
}
