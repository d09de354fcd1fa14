import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises an async-profiler CPU profile in collapsed form (one "frame;frame;... count" line per
 * stack, recorded with the {@code threads} option): CPU time by thread kind, by Smallwins stage and
 * by library, and the hottest leaf frames. With {@code event=itimer} every thread's CPU time counts,
 * the collector's and the compiler's too, and system calls show as their libc leaf (__GI_open...).
 *
 *   java bench/CollapsedStacks.java profile.collapsed INTERVAL_MS [TOP]
 */
public class CollapsedStacks {
    /** The innermost of these in a stack names its stage; order only breaks ties of depth. */
    private static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("org/smallwins/markdown/MarkdownRenderer", "Markdown bodies (Flexmark)");
        STAGES.put("org/smallwins/render/EntryViews", "entry views (other)");
        STAGES.put("org/smallwins/render/SearchIndex", "search index");
        STAGES.put("org/smallwins/render/PagePlanner", "page planning");
        STAGES.put("org/smallwins/render/ProgressPlanner", "page planning");
        STAGES.put("org/smallwins/render/PageRenderer", "page templates (FreeMarker)");
        STAGES.put("org/smallwins/render/SiteRenderer", "render (other)");
        STAGES.put("org/smallwins/write/", "write files");
        STAGES.put("org/smallwins/render/BuildCache", "build cache");
        STAGES.put("org/smallwins/load/", "load entries");
        STAGES.put("org/smallwins/config/", "settings");
        STAGES.put("org/smallwins/insight/", "insights");
        STAGES.put("picocli/", "command line (picocli)");
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        double interval = Double.parseDouble(args[1]) / 1000;
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Map<String, Long> threads = new TreeMap<>();
        Map<String, Long> stages = new TreeMap<>();
        Map<String, Long> libraries = new TreeMap<>();
        Map<String, Long> leaves = new TreeMap<>();
        long total = 0;
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1));
            String[] frames = line.substring(0, space).split(";");
            total += count;
            String thread = threadKind(frames[0]);
            threads.merge(thread, count, Long::sum);
            String leaf = frames[frames.length - 1];
            boolean system = leaf.startsWith("__GI_") || leaf.endsWith("_[k]") || leaf.startsWith("__libc_");
            String stage = switch (thread) {
                case "collector (VM Thread)" -> "collector";
                case "JIT compiler" -> "JIT compiler";
                default -> stage(frames);
            };
            stages.merge(stage + (system ? ", system calls" : ""), count, Long::sum);
            libraries.merge(system ? "system calls" : library(leaf, thread), count, Long::sum);
            leaves.merge(leaf, count, Long::sum);
        }
        System.out.printf("%s: %d samples, %.1f s of CPU (every thread, user and system)%n", args[0], total,
                total * interval);
        print("CPU by thread", threads, total, top);
        print("CPU by Smallwins stage (innermost stage in the stack)", stages, total, top);
        print("CPU by library (leaf frame)", libraries, total, top);
        print("Hottest leaf frames", leaves, total, top);
    }

    private static String threadKind(String frame) {
        if (frame.contains("VM Thread") || frame.contains("GC")) {
            return "collector (VM Thread)";
        }
        if (frame.contains("Compiler")) {
            return "JIT compiler";
        }
        if (frame.contains("ForkJoinPool")) {
            return "ForkJoin workers";
        }
        if (frame.startsWith("[main")) {
            return "main";
        }
        return "other threads";
    }

    private static String stage(String[] frames) {
        for (int i = frames.length - 1; i >= 0; i--) {
            for (Map.Entry<String, String> stage : STAGES.entrySet()) {
                if (frames[i].startsWith(stage.getKey())) {
                    return stage.getValue();
                }
            }
        }
        return "outside any stage (JVM start, class loading, exit)";
    }

    private static String library(String leaf, String thread) {
        if (thread.startsWith("collector")) {
            return "collector";
        }
        if (thread.equals("JIT compiler")) {
            return "JIT compiler";
        }
        if (leaf.startsWith("com/vladsch/flexmark")) {
            return "Flexmark";
        }
        if (leaf.startsWith("freemarker/")) {
            return "FreeMarker";
        }
        if (leaf.startsWith("org/yaml/snakeyaml")) {
            return "SnakeYAML";
        }
        if (leaf.startsWith("org/smallwins/")) {
            return "Smallwins";
        }
        if (leaf.startsWith("java/") || leaf.startsWith("jdk/") || leaf.startsWith("sun/")) {
            return "JDK";
        }
        return "JVM (interpreter, stubs, runtime)";
    }

    private static void print(String title, Map<String, Long> counts, long total, int top) {
        System.out.println();
        System.out.println(title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }
}
