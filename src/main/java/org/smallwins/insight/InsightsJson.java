package org.smallwins.insight;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Insights as JSON, the contract documented in docs/stats-json.md: camelCase names in a fixed
 * order, dates as {@code yyyy-MM-dd}, two-space indents and {@code \n} line ends on every system.
 * A field with no value (a journal with no wins has no first win) is left out, never written as null.
 */
public final class InsightsJson {
    /** Raised when a field is renamed or removed; adding fields keeps the version. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private InsightsJson() {
    }

    /** The JSON as one string, ending in a newline. */
    public static String toJson(Insights insights) {
        StringWriter out = new StringWriter();
        write(insights, out);
        return out.toString();
    }

    /** Writes UTF-8 JSON and a final newline; the stream is flushed, not closed. */
    public static void write(Insights insights, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(insights, writer);
    }

    /** Writes the JSON and a final newline; the writer is flushed, not closed. */
    public static void write(Insights insights, Writer out) {
        try {
            JsonGenerator json = FACTORY.createGenerator(out);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new Pretty());
            new InsightsJson.Fields(json).insights(insights);
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two-space indents, {@code \n} everywhere, {@code "a": 1}, and {@code []} / {@code {}} when empty. */
    private static final class Pretty extends DefaultPrettyPrinter {
        private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

        Pretty() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            _objectIndenter = INDENTER;
            _arrayIndenter = INDENTER;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Pretty();
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            _nesting--;
            if (nrOfValues > 0) {
                _arrayIndenter.writeIndentation(g, _nesting);
            }
            g.writeRaw(']');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            _nesting--;
            if (nrOfEntries > 0) {
                _objectIndenter.writeIndentation(g, _nesting);
            }
            g.writeRaw('}');
        }
    }

    /** One method per record, each writing its fields in the documented order. */
    private record Fields(JsonGenerator json) {

        void insights(Insights in) throws IOException {
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            date("today", in.today());
            json.writeStringField("locale", in.locale().toLanguageTag());
            json.writeStringField("weekStart", day(in.weekStart()));
            json.writeFieldName("totals");
            totals(in.totals());
            json.writeFieldName("thenAndNow");
            thenAndNow(in.thenAndNow());
            json.writeArrayFieldStart("cumulativeWins");
            for (CumulativeWins.Point p : in.cumulativeWins().points()) {
                json.writeStartObject();
                date("date", p.date());
                json.writeNumberField("wins", p.wins());
                json.writeNumberField("total", p.total());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("momentum");
            momentum(in.momentum());
            json.writeFieldName("heatmap");
            heatmap(in.heatmap());
            json.writeFieldName("comebacks");
            comebacks(in.comebacks());
            json.writeArrayFieldStart("milestones");
            for (Milestone m : in.milestones().items()) {
                milestone(m);
            }
            json.writeEndArray();
            json.writeFieldName("onThisDay");
            onThisDay(in.onThisDay());
            json.writeArrayFieldStart("rewards");
            for (Rewards.Reward r : in.rewards().items()) {
                json.writeStartObject();
                json.writeStringField("text", r.text());
                entry("entry", r.entry());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("tagGrowth");
            tagGrowth(in.tagGrowth());
            json.writeArrayFieldStart("goals");
            for (GoalProgress g : in.goals()) {
                goal(g);
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        void totals(Totals t) throws IOException {
            json.writeStartObject();
            json.writeNumberField("entries", t.entries());
            json.writeNumberField("wins", t.wins());
            json.writeNumberField("reflections", t.reflections());
            json.writeNumberField("setbacks", t.setbacks());
            json.writeNumberField("goals", t.goals());
            json.writeNumberField("daysShowedUp", t.daysShowedUp());
            json.writeNumberField("weeksActive", t.weeksActive());
            date("firstEntry", t.firstEntry());
            date("latestEntry", t.latestEntry());
            json.writeNumberField("journalAgeDays", t.journalAgeDays());
            json.writeEndObject();
        }

        void thenAndNow(ThenAndNow t) throws IOException {
            json.writeStartObject();
            entry("firstWin", t.firstWin());
            entry("firstReflection", t.firstReflection());
            entry("latestWin", t.latestWin());
            entry("latestReflection", t.latestReflection());
            period("firstWindow", t.firstWindow());
            period("lastWindow", t.lastWindow());
            json.writeBooleanField("windowsOverlap", t.windowsOverlap());
            tags("newTags", t.newTags());
            json.writeEndObject();
        }

        void period(String name, ThenAndNow.Period p) throws IOException {
            if (p == null) {
                return;
            }
            json.writeObjectFieldStart(name);
            windowFields(p.window());
            json.writeNumberField("entries", p.entries());
            json.writeNumberField("wins", p.wins());
            json.writeNumberField("winsPerWeek", p.winsPerWeek());
            if (p.averageMood() != null) {
                json.writeNumberField("averageMood", p.averageMood());
            }
            json.writeNumberField("moods", p.moods());
            json.writeEndObject();
        }

        void momentum(WeeklyMomentum m) throws IOException {
            json.writeStartObject();
            json.writeStringField("weekStart", day(m.weekStart()));
            json.writeNumberField("rollingWeeks", m.rollingWeeks());
            json.writeArrayFieldStart("weeks");
            for (WeeklyMomentum.Week w : m.weeks()) {
                json.writeStartObject();
                date("start", w.start());
                json.writeNumberField("wins", w.wins());
                json.writeNumberField("rollingAverage", w.rollingAverage());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        void heatmap(Heatmap h) throws IOException {
            json.writeStartObject();
            if (h.firstYear() != null) {
                json.writeNumberField("firstYear", h.firstYear());
                json.writeNumberField("lastYear", h.lastYear());
            }
            json.writeNumberField("maxWinsInADay", h.maxWinsInADay());
            json.writeArrayFieldStart("years");
            for (Heatmap.Year y : h.years()) {
                json.writeStartObject();
                json.writeNumberField("year", y.year());
                json.writeNumberField("wins", y.wins());
                json.writeNumberField("maxWinsInADay", y.maxWinsInADay());
                json.writeArrayFieldStart("days");
                for (Heatmap.Day d : y.days()) {
                    json.writeStartObject();
                    date("date", d.date());
                    json.writeNumberField("wins", d.wins());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        void comebacks(Comebacks c) throws IOException {
            json.writeStartObject();
            json.writeNumberField("setbacks", c.setbacks());
            json.writeNumberField("cameBack", c.cameBack());
            json.writeNumberField("notYet", c.notYet());
            if (c.trend() != null) {
                json.writeNumberField("firstHalfMedianDays", c.firstHalfMedianDays());
                json.writeNumberField("secondHalfMedianDays", c.secondHalfMedianDays());
                json.writeStringField("trend", c.trend());
            }
            json.writeArrayFieldStart("items");
            for (Comebacks.Comeback item : c.items()) {
                json.writeStartObject();
                entry("setback", item.setback());
                json.writeBooleanField("cameBack", item.cameBack());
                if (item.cameBack()) {
                    json.writeNumberField("days", item.days());
                    entry("win", item.win());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        void milestone(Milestone m) throws IOException {
            json.writeStartObject();
            date("date", m.date());
            json.writeStringField("kind", m.kind());
            json.writeStringField("label", m.label());
            if (m.count() != null) {
                json.writeNumberField("count", m.count());
            }
            if (m.tag() != null) {
                json.writeFieldName("tag");
                tag(m.tag());
            }
            if (m.goalId() != null) {
                json.writeStringField("goalId", m.goalId());
            }
            entry("entry", m.entry());
            json.writeEndObject();
        }

        void onThisDay(OnThisDay o) throws IOException {
            json.writeStartObject();
            json.writeArrayFieldStart("entries");
            for (OnThisDay.Memory memory : o.entries()) {
                json.writeStartObject();
                json.writeNumberField("yearsAgo", memory.yearsAgo());
                entry("entry", memory.entry());
                json.writeEndObject();
            }
            json.writeEndArray();
            OnThisDay.YearAgo y = o.yearAgo();
            if (y != null) {
                json.writeObjectFieldStart("yearAgo");
                date("target", y.target());
                date("date", y.date());
                json.writeNumberField("offsetDays", y.offsetDays());
                json.writeArrayFieldStart("entries");
                for (EntryRef ref : y.entries()) {
                    entry(ref);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
        }

        void tagGrowth(TagGrowth t) throws IOException {
            json.writeStartObject();
            window("firstWindow", t.firstWindow());
            window("lastWindow", t.lastWindow());
            json.writeArrayFieldStart("tags");
            for (TagGrowth.TagWins w : t.tags()) {
                json.writeStartObject();
                json.writeFieldName("tag");
                tag(w.tag());
                json.writeNumberField("wins", w.wins());
                json.writeNumberField("firstWindowWins", w.firstWindowWins());
                json.writeNumberField("firstWindowPerMonth", w.firstWindowPerMonth());
                json.writeNumberField("lastWindowWins", w.lastWindowWins());
                json.writeNumberField("lastWindowPerMonth", w.lastWindowPerMonth());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        void goal(GoalProgress g) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", g.id());
            entry("goal", g.goal());
            json.writeStringField("cadence", lower(g.cadence().name()));
            json.writeNumberField("target", g.target());
            json.writeStringField("status", lower(g.status().name()));
            date("started", g.started());
            json.writeNumberField("checkIns", g.checkIns());
            json.writeNumberField("periodCount", g.periods().size());
            json.writeNumberField("periodsMet", g.periodsMet());
            json.writeNumberField("currentRun", g.currentRun());
            json.writeNumberField("longestRun", g.longestRun());
            json.writeArrayFieldStart("periods");
            for (GoalProgress.Period p : g.periods()) {
                json.writeStartObject();
                date("start", p.start());
                date("end", p.end());
                json.writeNumberField("checkIns", p.checkIns());
                json.writeBooleanField("met", p.met());
                date("metOn", p.metOn());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        void window(String name, Window w) throws IOException {
            if (w == null) {
                return;
            }
            json.writeObjectFieldStart(name);
            windowFields(w);
            json.writeEndObject();
        }

        void windowFields(Window w) throws IOException {
            date("from", w.from());
            date("to", w.to());
            json.writeNumberField("days", w.days());
        }

        void tags(String name, List<TagRef> tags) throws IOException {
            json.writeArrayFieldStart(name);
            for (TagRef t : tags) {
                tag(t);
            }
            json.writeEndArray();
        }

        void tag(TagRef t) throws IOException {
            json.writeStartObject();
            json.writeStringField("name", t.name());
            json.writeStringField("slug", t.slug());
            json.writeStringField("url", t.url());
            json.writeEndObject();
        }

        void entry(String name, EntryRef ref) throws IOException {
            if (ref != null) {
                json.writeFieldName(name);
                entry(ref);
            }
        }

        void entry(EntryRef ref) throws IOException {
            json.writeStartObject();
            date("date", ref.date());
            json.writeStringField("type", ref.type().id());
            json.writeStringField("title", ref.title());
            json.writeStringField("url", ref.url());
            json.writeEndObject();
        }

        void date(String name, LocalDate date) throws IOException {
            if (date != null) {
                json.writeStringField(name, date.toString());
            }
        }

        private static String day(DayOfWeek day) {
            return lower(day.name());
        }

        private static String lower(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
