import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of a Smallwins build (JDK 17's jfr tool has no "view hot-methods"), or
 * an async-profiler CPU profile in collapsed form.
 *
 * <pre>java bench/HotMethods.java sw.jfr [TOP]
 * java bench/HotMethods.java sw.collapsed [TOP [INTERVAL_MS]]</pre>
 *
 * For JFR it prints, from jdk.ExecutionSample: the hottest methods by self time, self time by
 * library, and time by Smallwins stage (inclusive: the innermost org.smallwins frame that names a
 * stage); then GC pauses, JIT compilation time and the recording's length. For a collapsed profile
 * (one "frame;frame;... count" line per stack, recorded with the threads option and
 * event=itimer, so the collector's, the compiler's and the kernel's CPU time count too): CPU by
 * thread, by stage and by library, and the hottest leaf frames.
 */
public final class HotMethods {
    /** Libraries by package prefix, checked in order; the first match on a sample's top frame wins. */
    static final Map<String, String> LIBRARIES = new LinkedHashMap<>();
    static {
        LIBRARIES.put("org.snakeyaml.", "YAML (SnakeYAML)");
        LIBRARIES.put("org.yaml.", "YAML (SnakeYAML)");
        LIBRARIES.put("com.vladsch.flexmark.", "Markdown (Flexmark)");
        LIBRARIES.put("freemarker.", "Templates (FreeMarker)");
        LIBRARIES.put("org.smallwins.", "Smallwins' own code");
        LIBRARIES.put("sun.security.", "SHA-256 and other crypto (sun.security)");
        LIBRARIES.put("sun.nio.", "File I/O (sun.nio)");
        LIBRARIES.put("java.nio.", "File I/O (java.nio)");
        LIBRARIES.put("java.util.regex.", "Regex (java.util.regex)");
        LIBRARIES.put("java.util.zip.", "Jar/zip reading");
        LIBRARIES.put("java.lang.invoke.", "Lambdas/invoke");
        LIBRARIES.put("java.lang.reflect.", "Reflection");
        LIBRARIES.put("jdk.internal.reflect.", "Reflection");
        LIBRARIES.put("java.util.", "java.util (collections, ...)");
        LIBRARIES.put("java.lang.", "java.lang (strings, ...)");
        LIBRARIES.put("java.text.", "java.text / java.time formatting");
        LIBRARIES.put("java.time.", "java.text / java.time formatting");
        LIBRARIES.put("picocli.", "picocli");
    }
    /** Smallwins classes that name a stage; the innermost on the stack wins. */
    static final Map<String, String> STAGES = new LinkedHashMap<>();
    static {
        STAGES.put("org.smallwins.render.Fingerprint", "fingerprints (of page models)");
        STAGES.put("org.smallwins.markdown.", "Markdown bodies");
        STAGES.put("org.smallwins.load.YamlReader", "front matter (YAML)");
        STAGES.put("org.smallwins.load.", "load (other)");
        STAGES.put("org.smallwins.config.", "settings");
        STAGES.put("org.smallwins.render.EntryViews", "entry views (other)");
        STAGES.put("org.smallwins.render.SearchIndex", "search index");
        STAGES.put("org.smallwins.render.PagePlanner", "page planning");
        STAGES.put("org.smallwins.render.ProgressPlanner", "page planning");
        STAGES.put("org.smallwins.render.BuildCache", "build cache");
        STAGES.put("org.smallwins.render.PageRenderer", "page templates (FreeMarker)");
        STAGES.put("org.smallwins.render.Theme", "theme loading");
        STAGES.put("org.smallwins.render.", "render (other)");
        STAGES.put("org.smallwins.write.OutputManifest", "write: manifest hashes");
        STAGES.put("org.smallwins.write.", "write files");
        STAGES.put("org.smallwins.insight.", "insights");
        STAGES.put("org.smallwins.", "other Smallwins");
        STAGES.put("picocli.", "command line (picocli)");
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        if (args[0].endsWith(".collapsed")) {
            collapsed(file, top, args.length > 2 ? Double.parseDouble(args[2]) : 5);
            return;
        }
        Map<String, Integer> methods = new HashMap<>();
        Map<String, Integer> libraries = new HashMap<>();
        Map<String, Integer> stages = new HashMap<>();
        int samples = 0;
        Duration gcPause = Duration.ZERO;
        int gcs = 0;
        Duration jit = Duration.ZERO;
        int compilations = 0;
        java.time.Instant first = null;
        java.time.Instant last = null;
        long maxHeapUsed = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            if (first == null || event.getStartTime().isBefore(first)) {
                first = event.getStartTime();
            }
            if (last == null || event.getEndTime().isAfter(last)) {
                last = event.getEndTime();
            }
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    RecordedStackTrace stack = event.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    List<RecordedFrame> frames = stack.getFrames();
                    RecordedFrame topFrame = frames.get(0);
                    String className = topFrame.getMethod().getType().getName();
                    methods.merge(className + "." + topFrame.getMethod().getName(), 1, Integer::sum);
                    libraries.merge(classify(LIBRARIES, className, "other JDK"), 1, Integer::sum);
                    String stage = "outside any stage (startup, CLI, JDK threads)";
                    for (RecordedFrame frame : frames) {
                        String name = frame.getMethod().getType().getName();
                        String found = classify(STAGES, name, null);
                        if (found != null) {
                            stage = found;
                            break;
                        }
                    }
                    stages.merge(stage, 1, Integer::sum);
                }
                case "jdk.GarbageCollection" -> {
                    gcs++;
                    gcPause = gcPause.plus(event.getDuration("sumOfPauses"));
                }
                case "jdk.Compilation" -> {
                    compilations++;
                    jit = jit.plus(event.getDuration());
                }
                case "jdk.GCHeapSummary" -> maxHeapUsed = Math.max(maxHeapUsed, event.getLong("heapUsed"));
                default -> {
                }
            }
        }
        System.out.printf("%s: %d execution samples (Java code only; a sample every 10 ms per running thread with settings=profile)%n",
                file, samples);
        print("Hottest methods (self)", methods, samples, top);
        print("Self time by library", libraries, samples, 30);
        print("Time by Smallwins stage (inclusive, innermost stage frame)", stages, samples, 30);
        System.out.printf("%nRecording %.1f s; GC: %d collections, %.0f ms paused in total; max heap used %d MB%n",
                first == null ? 0 : Duration.between(first, last).toMillis() / 1000.0, gcs,
                gcPause.toNanos() / 1e6, maxHeapUsed / (1024 * 1024));
        System.out.printf("JIT: %d compilations over the threshold (100 ms with settings=profile), %.0f ms of compiler-thread time%n", compilations, jit.toNanos() / 1e6);
    }

    static void collapsed(Path file, int top, double intervalMs) throws java.io.IOException {
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> stages = new HashMap<>();
        Map<String, Integer> libraries = new HashMap<>();
        Map<String, Integer> leaves = new HashMap<>();
        int samples = 0;
        for (String line : java.nio.file.Files.readAllLines(file)) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            int count = Integer.parseInt(line.substring(space + 1));
            String[] frames = line.substring(0, space).split(";");
            samples += count;
            String thread = threadKind(frames[0]);
            threads.merge(thread, count, Integer::sum);
            String leaf = frames[frames.length - 1];
            boolean system = leaf.startsWith("__GI_") || leaf.startsWith("__libc_") || leaf.endsWith("_[k]");
            boolean vmThread = thread.startsWith("collector") || thread.startsWith("JIT");
            String stage = vmThread ? thread : "outside any stage (JVM start, class loading, exit)";
            for (int i = frames.length - 1; i >= 0 && !vmThread; i--) {
                String found = classify(STAGES, frames[i].replace('/', '.'), null);
                if (found != null) {
                    stage = found;
                    break;
                }
            }
            stages.merge(stage + (system ? ", system calls" : ""), count, Integer::sum);
            libraries.merge(system ? "system calls" : vmThread ? thread
                    : classify(LIBRARIES, leaf.replace('/', '.'), "JVM (interpreter, stubs, runtime)"), count, Integer::sum);
            leaves.merge(leaf, count, Integer::sum);
        }
        System.out.printf("%s: %d samples, %.1f s of CPU (every thread, user and system)%n", file, samples,
                samples * intervalMs / 1000);
        print("CPU by thread", threads, samples, top);
        print("CPU by Smallwins stage (innermost stage in the stack)", stages, samples, top);
        print("CPU by library (leaf frame)", libraries, samples, top);
        print("Hottest leaf frames", leaves, samples, top);
    }

    private static String threadKind(String frame) {
        if (frame.contains("VM Thread")) {
            return "collector (VM Thread)";
        }
        if (frame.contains("Compiler")) {
            return "JIT compiler";
        }
        if (frame.contains("ForkJoinPool")) {
            return "ForkJoin workers";
        }
        return frame.startsWith("[main") ? "main" : "other threads";
    }

    static String classify(Map<String, String> table, String className, String otherwise) {
        for (Map.Entry<String, String> entry : table.entrySet()) {
            if (className.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return otherwise;
    }

    static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.printf("%n%s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / total, e.getValue(), e.getKey()));
    }
}
