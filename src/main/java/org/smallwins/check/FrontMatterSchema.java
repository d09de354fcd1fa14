package org.smallwins.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.smallwins.load.Slugs;

/**
 * The front matter as a JSON Schema (draft-07, what editors' YAML support understands best), so an
 * editor can complete field names and flag a {@code mood: 9} while it is typed. It mirrors the
 * README's front matter reference and what {@code load.EntryLoader} accepts; unknown fields are
 * allowed, as they are in entries (Hugo and Jekyll posts keep theirs).
 */
public final class FrontMatterSchema {
    /** Marks a file as one this class wrote, so {@code check --schema FILE} may replace it. */
    public static final String TITLE = "Smallwins front matter";
    /** The JSON Schema draft the schema is written in, its {@code $schema}. */
    public static final String DRAFT = "http://json-schema.org/draft-07/schema#";

    /**
     * Every form {@code load.EntryDates} reads: a day, a day and a time (space or T), seconds and
     * fractions optional, then an optional offset (Z, +01:00 or +0100, after an optional space).
     */
    public static final String DATE_PATTERN =
            "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?( ?(Z|[+-]\\d{2}:?\\d{2}))?)?$";
    /**
     * A goal id exactly as the loader takes one: an id must be its own slug ({@code Slugs.slugify},
     * which {@code EntryLoader} applies and compares). Derived from that rule, character by
     * character of the Basic Multilingual Plane: words of letters and digits that stay as they are
     * (lower case, no accent on a Latin, Greek or Cyrillic letter, no compatibility form like
     * '\uFB01'), joined by single '-'; marks only after letters of the scripts that keep theirs
     * (Devanagari vowel signs); at most {@value #ID_LENGTH} characters. FrontMatterSchemaTest holds
     * the pattern and the loader to the same answers.
     */
    public static final String ID_PATTERN = idPattern();
    /** The longest slug {@code Slugs} makes, so the longest goal id. */
    static final int ID_LENGTH = 80;

    private FrontMatterSchema() {
    }

    static String idPattern() {
        StringBuilder plain = new StringBuilder();
        StringBuilder marked = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        int[] starts = {-1, -1, -1};
        StringBuilder[] classes = {plain, marked, marks};
        for (int c = 0; c <= 0x10000; c++) {
            int kind = c > 0xFFFF || Character.isSurrogate((char) c) ? -1 : kind(c);
            for (int k = 0; k < 3; k++) {
                if (kind == k && starts[k] < 0) {
                    starts[k] = c;
                } else if (kind != k && starts[k] >= 0) {
                    range(classes[k], starts[k], c - 1);
                    starts[k] = -1;
                }
            }
        }
        // Each class written once (they are long): dashes only between words, one at a time.
        return "^(?=.{1," + ID_LENGTH + "}$)(?!-)(?!.*--)(?!.*-$)(?:[" + plain + "]|[" + marked + "][" + marks
                + "]*|-)+$";
    }

    /**
     * 0: a letter or digit a slug keeps as it is and without marks after it; 1: one that keeps the
     * marks after it; 2: such a mark; -1: anything else.
     */
    private static int kind(int c) {
        String alone = String.valueOf((char) c);
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            // Kept after a letter of a script that keeps its marks (Devanagari 'क' here).
            return Slugs.slugify("\u0915" + alone).equals("\u0915" + alone) ? 2 : -1;
        }
        if (!Character.isLetterOrDigit(c) || !Slugs.slugify(alone).equals(alone)) {
            return -1;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        boolean dropsMarks = script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.COMMON;
        return dropsMarks ? 0 : 1;
    }

    private static void range(StringBuilder out, int from, int to) {
        out.append(escape(from));
        if (to > from) {
            out.append(to > from + 1 ? "-" : "").append(escape(to));
        }
    }

    /** ASCII letters and digits as they are, anything else as {@code \\uXXXX}, read alike by Java and ECMA 262. */
    private static String escape(int c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return String.valueOf((char) c);
        }
        return String.format("\\u%04X", c);
    }

    /** The schema as one string, as {@link #write} writes it. */
    public static String text() {
        StringWriter out = new StringWriter();
        write(out);
        return out.toString();
    }

    /** Writes the schema as indented JSON to {@code out}, which is left open. */
    public static void write(Writer out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
            json.writeStartObject();
            json.writeStringField("$schema", DRAFT);
            json.writeStringField("title", TITLE);
            json.writeStringField("description", "The fields between the --- lines at the top of a Smallwins entry. "
                    + "Every field is optional; fields Smallwins does not know are kept for templates.");
            json.writeStringField("type", "object");
            json.writeObjectFieldStart("properties");

            text(json, "title", "The entry's title. Default: from the file name (first-walk.md is \"First walk\").");
            date(json, "date", "When it happened: 2025-03-14, 2025-03-14 08:30, 2025-03-14T08:30:00 or "
                    + "2025-03-14T08:30:00+01:00. Default: the file name's YYYY-MM-DD- prefix.");
            choice(json, "type", "win, reflection, setback or goal. Default: from the nearest folder named wins/, "
                    + "reflections/, setbacks/ or goals/; otherwise reflection.", List.of("win", "reflection", "setback", "goal"));
            words(json, "tags", "Tags, as a list [walk, outside] or a text \"walk, outside\". Walk and walk are the same tag.");
            number(json, "mood", "How you felt, a whole number: 1 is very low, 5 is very good.", 1, 5);
            number(json, "energy", "Your energy, a whole number: 1 is exhausted, 5 is full of energy.", 1, 5);
            choice(json, "size", "How big it felt: shown, never used to rank. Every win counts as one.",
                    List.of("tiny", "small", "big"));
            text(json, "reward", "How you celebrated.");
            json.writeObjectFieldStart("goal");
            json.writeStringField("description", "The goal id (or a list of them) this win counts toward, like walk-outside.");
            json.writeArrayFieldStart("oneOf");
            json.writeStartObject();
            json.writeStringField("type", "string");
            json.writeStringField("pattern", ID_PATTERN);
            json.writeEndObject();
            json.writeStartObject();
            json.writeStringField("type", "array");
            json.writeObjectFieldStart("items");
            json.writeStringField("type", "string");
            json.writeStringField("pattern", ID_PATTERN);
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            flag(json, "draft", "true leaves the entry out unless you build with --drafts.");
            flag(json, "private", "true leaves the entry out unless you build with --private.");
            // A date too: Hugo's name for its publish date, which the loader reads as Hugo does.
            json.writeObjectFieldStart("published");
            json.writeStringField("description", "Jekyll's: false leaves the entry out, as draft: true does.");
            json.writeArrayFieldStart("type");
            json.writeString("boolean");
            json.writeString("string");
            json.writeEndArray();
            json.writeEndObject();
            text(json, "summary", "Shown in lists. Default: the first paragraph, shortened.");
            flag(json, "milestone", "true marks an entry you want to remember as a milestone.");
            text(json, "slug", "The last part of the entry's URL. Default: the file name without its date.");

            json.writeObjectFieldStart("id");
            json.writeStringField("description", "Goals only: what wins write in goal: to count toward this goal. "
                    + "Lower-case words joined by -, like walk-outside. Default: the slug.");
            json.writeStringField("type", "string");
            json.writeStringField("pattern", ID_PATTERN);
            json.writeEndObject();
            choice(json, "cadence", "Goals only: how often check-ins are counted. Default weekly.",
                    List.of("daily", "weekly", "monthly"));
            number(json, "target", "Goals only: how many check-ins each period aims for. Default 1.", 1, 1000);
            choice(json, "status", "Goals only. A paused goal is paused, not failed.", List.of("active", "paused", "reached"));
            date(json, "started", "Goals only: when you started, like 2025-07-07.");

            json.writeEndObject();
            json.writeBooleanField("additionalProperties", true);
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(JsonGenerator json, String name, String description) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("description", description);
        json.writeStringField("type", "string");
        json.writeEndObject();
    }

    private static void date(JsonGenerator json, String name, String description) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("description", description);
        json.writeStringField("type", "string");
        json.writeStringField("pattern", DATE_PATTERN);
        json.writeEndObject();
    }

    private static void choice(JsonGenerator json, String name, String description, List<String> values) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("description", description);
        json.writeStringField("type", "string");
        json.writeArrayFieldStart("enum");
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String name, String description, int min, int max) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("description", description);
        json.writeStringField("type", "integer");
        json.writeNumberField("minimum", min);
        json.writeNumberField("maximum", max);
        json.writeEndObject();
    }

    private static void flag(JsonGenerator json, String name, String description) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("description", description);
        json.writeStringField("type", "boolean");
        json.writeEndObject();
    }

    private static void words(JsonGenerator json, String name, String description) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("description", description);
        json.writeArrayFieldStart("oneOf");
        json.writeStartObject();
        json.writeStringField("type", "array");
        json.writeObjectFieldStart("items");
        json.writeArrayFieldStart("type");
        json.writeString("string");
        json.writeString("number");
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringField("type", "string");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }
}
