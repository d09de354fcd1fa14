import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a deterministic synthetic journal of N entries for the benchmark (bench/README.md).
 *
 * <pre>java bench/GenerateJournal.java N OUTDIR</pre>
 *
 * OUTDIR gets journal.yml, content/{wins,reflections,setbacks,goals}/ and hugo-extra/ (empty
 * section pages Hugo needs to make per-year timeline pages; Smallwins never reads that folder).
 * The same N always gives byte-identical files (fixed seed, no clock). Any content/ and
 * hugo-extra/ already in OUTDIR are deleted first.
 */
public final class GenerateJournal {
    static final long SEED = 20261124L;
    /** Ten years of entries, ending on the benchmark's --today. */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 24);
    static final LocalDate FIRST_DAY = LAST_DAY.minusYears(10).plusDays(1);

    static final String[] TAGS = {
        "walk", "outside", "body", "morning", "evening", "sleep", "food", "cooking", "friends", "family",
        "work", "rest", "reading", "music", "drawing", "garden", "weather", "therapy", "medication", "exercise",
        "swimming", "cycling", "phone", "messages", "money", "cleaning", "shopping", "kindness", "boundaries", "anxiety",
        "low-mood", "energy", "learning", "writing", "pets", "nature", "travel", "appointments", "home", "calm"
    };
    static final String[] VERBS = {
        "Walked", "Cooked", "Called", "Wrote", "Read", "Tidied", "Opened", "Finished", "Started", "Booked",
        "Watered", "Sketched", "Replied to", "Cleaned", "Visited", "Tried", "Planned", "Fixed", "Answered", "Made"
    };
    static final String[] OBJECTS = {
        "the corner shop", "a short loop", "my sister", "one page", "the kitchen", "the curtains", "the laundry",
        "the appointment", "the plants", "a heron", "three emails", "the bathroom", "the library", "a new recipe",
        "the week", "the bike light", "the form", "a friend", "soup", "the park"
    };
    static final String[] WORDS = (
        "today small step slowly again morning light walk kettle tea window door bed outside rain sun cloud "
        + "breath hands tired calm quiet garden bus friend message phone call reply book page note list plan "
        + "kitchen bread soup shop coat shoes park bench river heron dog cat neighbour doctor nurse form letter "
        + "minute hour afternoon evening night sleep rest enough gentle kind hard easy better worse okay fine "
        + "tried managed noticed felt thought wrote said walked cooked opened closed finished started stopped "
        + "because although when after before while still just only even maybe nearly almost really quite "
        + "the a and of to in on with for at it this that was is not but so then").split(" ");
    static final String[] HEADINGS = {
        "What happened", "How it felt", "What helped", "Next time", "Noticing", "Small things", "The plan",
        "Looking back", "Today", "Why it counts"
    };
    static final String[] REWARDS = {
        "a cup of tea", "a hot bath", "an early night", "a chapter of my book", "a walk in the sun",
        "a square of chocolate", "twenty minutes of music", "a nap"
    };
    static final String[] SIZES = {"tiny", "small", "big"};

    record Entry(String folder, LocalDate date, String fileName, String text) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/GenerateJournal.java N OUTDIR");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
        Path out = Path.of(args[1]);
        deleteTree(out.resolve("content"));
        deleteTree(out.resolve("hugo-extra"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("journal.yml"), "title: Benchmark journal\ntimezone: UTC\n");

        SplittableRandom random = new SplittableRandom(SEED);
        int goalCount = Math.max(5, n / 200);
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        TreeSet<Integer> years = new TreeSet<>();
        int[] perFolder = new int[4];
        String[] folders = {"wins", "reflections", "setbacks", "goals"};
        for (String folder : folders) {
            Files.createDirectories(out.resolve("content").resolve(folder));
        }
        LocalDate previous = FIRST_DAY.plusDays(random.nextInt(days));
        for (int i = 0; i < n; i++) {
            // A quarter of entries share the day of the one before: several entries on some days.
            LocalDate date = random.nextInt(4) == 0 ? previous : FIRST_DAY.plusDays(random.nextInt(days));
            previous = date;
            int kind;
            if (i < goalCount) {
                kind = 3;
            } else {
                int r = random.nextInt(100);
                kind = r < 55 ? 0 : r < 80 ? 1 : 2;
            }
            Entry entry = entry(random, i, kind, folders[kind], date, goalCount);
            Files.writeString(out.resolve("content").resolve(entry.folder()).resolve(entry.fileName()), entry.text(),
                    StandardCharsets.UTF_8);
            perFolder[kind]++;
            years.add(date.getYear());
        }
        writeHugoExtra(out.resolve("hugo-extra"), years);
        System.out.printf("Wrote %d entries to %s (%d wins, %d reflections, %d setbacks, %d goals; years %d-%d)%n",
                n, out.resolve("content"), perFolder[0], perFolder[1], perFolder[2], perFolder[3], years.first(),
                years.last());
    }

    static String goalId(int k) {
        return "goal-" + (k + 1) + "-" + TAGS[k % TAGS.length];
    }

    static Entry entry(SplittableRandom random, int index, int kind, String folder, LocalDate date, int goalCount) {
        String title;
        if (kind == 3) {
            title = "Goal " + (index + 1) + ": " + VERBS[index % VERBS.length].toLowerCase() + " "
                    + OBJECTS[random.nextInt(OBJECTS.length)] + " three times a week";
        } else {
            title = VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)];
        }
        // The index makes every slug unique, even among entries of the same day and title.
        String slug = slugify(title) + "-" + (index + 1);
        String fileName = date + "-" + slug + ".md";

        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: \"").append(title).append("\"\n");
        if (random.nextInt(10) < 3) {
            fm.append("date: ").append(date).append(String.format("T%02d:%02d:00", 6 + random.nextInt(16),
                    random.nextInt(60))).append('\n');
        } else {
            fm.append("date: ").append(date).append('\n');
        }
        int tagCount = 1 + random.nextInt(3);
        List<String> tags = new ArrayList<>();
        while (tags.size() < tagCount) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        fm.append("tags: [").append(String.join(", ", tags)).append("]\n");
        fm.append("mood: ").append(1 + random.nextInt(5)).append('\n');
        if (kind == 0) {
            if (random.nextInt(2) == 0) {
                fm.append("size: ").append(SIZES[random.nextInt(SIZES.length)]).append('\n');
            }
            if (random.nextInt(4) == 0) {
                fm.append("reward: \"").append(REWARDS[random.nextInt(REWARDS.length)]).append("\"\n");
            }
            if (random.nextInt(3) == 0) {
                fm.append("goal: ").append(goalId(random.nextInt(goalCount))).append('\n');
            }
        } else if (kind == 3) {
            fm.append("id: ").append(goalId(index)).append('\n');
            fm.append("cadence: weekly\ntarget: 3\n");
        }
        fm.append("---\n");
        fm.append(body(random, 50 + random.nextInt(351)));
        return new Entry(folder, date, fileName, fm.toString());
    }

    /** Markdown of about {@code words} words: paragraphs, headings, lists, emphasis, links, sometimes a table or tasks. */
    static String body(SplittableRandom random, int words) {
        StringBuilder md = new StringBuilder();
        int written = 0;
        boolean table = random.nextInt(100) < 15;
        boolean tasks = random.nextInt(100) < 20;
        int block = 0;
        while (written < words) {
            int left = words - written;
            int choice = block == 0 ? 0 : random.nextInt(10);
            if (choice <= 5 || left < 12) {
                int len = Math.min(left, 15 + random.nextInt(45));
                md.append(sentences(random, len)).append("\n\n");
                written += len;
            } else if (choice == 6) {
                md.append("## ").append(HEADINGS[random.nextInt(HEADINGS.length)]).append("\n\n");
                written += 2;
            } else if (choice == 7) {
                int items = 2 + random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    int len = 3 + random.nextInt(7);
                    md.append("- ").append(phrase(random, len)).append('\n');
                    written += len;
                }
                md.append('\n');
            } else if (choice == 8 && table) {
                table = false;
                md.append("| Time | What | How it went |\n|---|---|---|\n");
                int rows = 2 + random.nextInt(4);
                for (int i = 0; i < rows; i++) {
                    md.append(String.format("| %02d:%02d | %s | %s |%n", 7 + i * 2, random.nextInt(60),
                            phrase(random, 2), phrase(random, 3)));
                    written += 6;
                }
                md.append('\n');
            } else if (choice == 9 && tasks) {
                tasks = false;
                int items = 2 + random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    md.append(random.nextBoolean() ? "- [x] " : "- [ ] ").append(phrase(random, 4)).append('\n');
                    written += 4;
                }
                md.append('\n');
            } else {
                int len = Math.min(left, 10 + random.nextInt(20));
                md.append(sentences(random, len)).append("\n\n");
                written += len;
            }
            block++;
        }
        return md.toString();
    }

    static String sentences(SplittableRandom random, int words) {
        StringBuilder out = new StringBuilder();
        int sentence = 0;
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (sentence == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            int decoration = random.nextInt(40);
            if (decoration == 0) {
                word = "*" + word + "*";
            } else if (decoration == 1) {
                word = "**" + word + "**";
            } else if (decoration == 2) {
                word = "[" + word + "](https://example.org/notes/" + random.nextInt(1000) + ")";
            }
            if (i > 0) {
                out.append(' ');
            }
            out.append(word);
            sentence++;
            if (sentence > 5 && random.nextInt(8) == 0 || i == words - 1) {
                out.append('.');
                sentence = 0;
            }
        }
        return out.toString();
    }

    static String phrase(SplittableRandom random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    static String slugify(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * Hugo makes list pages only for sections, so per-year timelines need a section per year:
     * timeline/ and timeline/YEAR/, and wins|reflections|setbacks/YEAR/ (Smallwins makes the same pages itself).
     */
    static void writeHugoExtra(Path extra, TreeSet<Integer> years) throws IOException {
        Path timeline = extra.resolve("timeline");
        Files.createDirectories(timeline);
        Files.writeString(timeline.resolve("_index.md"),
                "---\ntitle: Timeline\ntimeline: all\nyear: " + years.last() + "\n---\n");
        for (String folder : new String[] {"timeline", "wins", "reflections", "setbacks"}) {
            for (int year : years) {
                Path dir = extra.resolve(folder).resolve(String.valueOf(year));
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("_index.md"), "---\ntitle: \"" + capitalise(folder) + " " + year
                        + "\"\ntimeline: " + (folder.equals("timeline") ? "all" : folder) + "\nyear: " + year + "\n---\n");
            }
        }
    }

    static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
