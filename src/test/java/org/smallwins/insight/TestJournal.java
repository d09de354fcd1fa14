package org.smallwins.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Goal;
import org.smallwins.model.Journal;
import org.smallwins.model.JournalSettings;

/** Hand-made journals for insight tests: {@code TestJournal.today("2025-03-01").win("2025-02-01", e -> e.tags("walk"))}. */
final class TestJournal {
    private static final AtomicInteger SLUGS = new AtomicInteger();

    private final LocalDate today;
    private DayOfWeek weekStart = DayOfWeek.MONDAY;
    private Locale locale = Locale.forLanguageTag("en");
    private boolean pretty;
    private final List<Entry> entries = new ArrayList<>();

    private TestJournal(LocalDate today) {
        this.today = today;
    }

    static TestJournal today(String day) {
        return new TestJournal(LocalDate.parse(day));
    }

    TestJournal weekStart(DayOfWeek day) {
        this.weekStart = day;
        return this;
    }

    TestJournal locale(String tag) {
        this.locale = Locale.forLanguageTag(tag);
        return this;
    }

    TestJournal prettyLinks() {
        this.pretty = true;
        return this;
    }

    TestJournal win(String day) {
        return add(new E(EntryType.WIN, day));
    }

    TestJournal win(String day, UnaryOperator<E> details) {
        return add(details.apply(new E(EntryType.WIN, day)));
    }

    /** One win on each day given (a day twice is two wins). */
    TestJournal wins(String... days) {
        for (String day : days) {
            win(day);
        }
        return this;
    }

    TestJournal reflection(String day) {
        return add(new E(EntryType.REFLECTION, day));
    }

    TestJournal reflection(String day, UnaryOperator<E> details) {
        return add(details.apply(new E(EntryType.REFLECTION, day)));
    }

    TestJournal setback(String day) {
        return add(new E(EntryType.SETBACK, day));
    }

    TestJournal setback(String day, UnaryOperator<E> details) {
        return add(details.apply(new E(EntryType.SETBACK, day)));
    }

    TestJournal goal(String day, String id, Goal.Cadence cadence, int target, Goal.Status status, String started) {
        E e = new E(EntryType.GOAL, day).title("Goal " + id);
        e.goal = new Goal(id, cadence, target, status, started == null ? null : LocalDate.parse(started));
        return add(e);
    }

    TestJournal add(E e) {
        entries.add(e.build());
        return this;
    }

    Journal journal() {
        JournalSettings settings = new JournalSettings("Test", "", "", locale, ZoneId.of("UTC"), "default", "/",
                weekStart, pretty, Map.of());
        // As the loader keeps them: by time, then by file.
        List<Entry> sorted = entries.stream()
                .sorted(Comparator.comparing(Entry::dateTime).thenComparing(Entry::source)).toList();
        return new Journal(settings, sorted, today);
    }

    Insights insights() {
        return Insights.compute(journal());
    }

    /** One entry's front matter. */
    static final class E {
        final EntryType type;
        final LocalDate date;
        LocalTime time = LocalTime.MIDNIGHT;
        boolean hasTime;
        String title;
        String slug;
        List<String> tags = List.of();
        Integer mood;
        String reward;
        List<String> goals = List.of();
        Goal goal;
        boolean milestone;

        E(EntryType type, String day) {
            this.type = type;
            this.date = LocalDate.parse(day);
            this.slug = type.id() + "-" + SLUGS.incrementAndGet();
            this.title = type.label() + " " + slug;
        }

        E title(String value) {
            this.title = value;
            return this;
        }

        E slug(String value) {
            this.slug = value;
            return this;
        }

        E at(String hhmm) {
            this.time = LocalTime.parse(hhmm);
            this.hasTime = true;
            return this;
        }

        E tags(String... values) {
            this.tags = Arrays.asList(values);
            return this;
        }

        E mood(int value) {
            this.mood = value;
            return this;
        }

        E reward(String value) {
            this.reward = value;
            return this;
        }

        E goals(String... ids) {
            this.goals = Arrays.asList(ids);
            return this;
        }

        E milestone() {
            this.milestone = true;
            return this;
        }

        Entry build() {
            String source = "content/" + type.folder() + "/" + date + "-" + slug + ".md";
            return new Entry(source, title, LocalDateTime.of(date, time), hasTime, type, slug, tags, mood, null, null,
                    reward, goals, goal, false, false, milestone, "", Map.of(), "", 5, Map.of());
        }
    }
}
