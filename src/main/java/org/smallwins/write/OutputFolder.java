package org.smallwins.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.smallwins.problem.Problem;
import org.smallwins.site.SlashPaths;

/**
 * Decides whether a folder may receive a site. Recursive deletes are where user data dies, so the
 * rules are strict: never the journal itself, never a folder around it or inside its sources, and
 * never a folder holding files Smallwins did not make.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * The longest output folder name, in bytes, that leaves room for the longest name a build makes
     * beside it: a dot before it and ".smallwins-cache-new" after it.
     */
    static final int LONGEST_NAME = SiteWriter.NAME_MAX - ".".length() - ".smallwins-cache-new".length();

    /** The journal's folders of what the writer wrote: nothing Smallwins makes may go inside them. */
    public static final List<String> SOURCE_FOLDERS = List.of("content", "static", "themes", "archetypes");

    /** Problems that forbid building into {@code output}; empty when it is safe. */
    public static List<Problem> check(Path journalDir, Path output) {
        List<Problem> problems = checkLocation(journalDir, output);
        Path out = output.toAbsolutePath().normalize();
        if (problems.isEmpty() && Files.isDirectory(out)) {
            List<String> foreign;
            try {
                foreign = foreignFiles(out);
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof OutputManifest.Damaged damaged)) {
                    problems.add(cannotLookThrough(output.toString(), e.getCause()));
                    return problems;
                }
                problems.add(Problem.error(output.toString(), 0, null, "holds a damaged marker file: "
                        + damaged.getMessage() + ". Smallwins deletes nothing there: move out anything"
                        + " you want to keep and delete the folder, or choose another output folder."));
                return problems;
            }
            if (!foreign.isEmpty()) {
                problems.add(foreignFilesProblem(output.toString(), foreign,
                        foreign.size() > 5 ? (foreign.size() - 5) + " more" : null));
            }
        }
        return problems;
    }

    /**
     * The problems {@link #check} finds at little cost (where the folder is, what it is, and whether
     * a folder Smallwins never built holds any file): what a build can tell before rendering.
     * Looking for files Smallwins did not make in a folder it built walks the whole folder, and the
     * writer does that itself just before writing.
     */
    public static List<Problem> checkLocation(Path journalDir, Path output) {
        List<Problem> problems = new ArrayList<>();
        String shown = output.toString();
        // As written, then as the disk resolves it: a symbolic link on the way (a link to content/,
        // the journal reached through a link) must not lead the site into the journal's sources.
        where(journalDir.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(), shown, problems);
        if (problems.isEmpty()) {
            where(real(journalDir), real(output), shown, problems);
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Path out = output.toAbsolutePath().normalize();
        if (out.getFileName() != null && out.getFileName().toString().getBytes(StandardCharsets.UTF_8).length
                > LONGEST_NAME) {
            // The build makes files beside the folder named after it (".public.smallwins-cache-new"
            // for public/), which a file system refuses past 255 bytes: the build failed at its end.
            problems.add(Problem.error(shown, 0, null, "has a name too long for the files a build makes beside it: "
                    + "choose an output folder whose name has at most " + LONGEST_NAME + " bytes."));
            return problems;
        }
        if (Files.isSymbolicLink(out)) {
            problems.add(Problem.error(shown, 0, null, "is a symbolic link. Give the real folder it points to."));
            return problems;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            problems.add(Problem.error(shown, 0, null, "is a file, not a folder. Choose another output folder."));
        } else if (Files.isDirectory(out) && !OutputManifest.isPresent(out)) {
            // A folder Smallwins never built: any file in it is someone else's, found by looking for
            // the first few only. Said before the build takes its lock beside the folder, so a
            // mistyped output (a home folder's Documents) gets nothing written next to it.
            List<String> foreign;
            try {
                foreign = files(out, 6);
            } catch (IOException e) {
                problems.add(cannotLookThrough(shown, e));
                return problems;
            }
            if (!foreign.isEmpty()) {
                problems.add(foreignFilesProblem(shown, foreign, foreign.size() > 5 ? "more" : null));
            }
        }
        return problems;
    }

    private static Problem foreignFilesProblem(String shown, List<String> foreign, String more) {
        String listed = String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                + (more != null ? " and " + more : "");
        return Problem.error(shown, 0, null, "holds files Smallwins did not make (" + listed
                + "). Smallwins only replaces folders it built itself: move those files, or choose an empty or new folder.");
    }

    /**
     * A folder with a part this account cannot open (a subfolder of someone else's) may hold files
     * of the writer's there: nothing is written or removed. It was Java's exception, unexplained.
     */
    static Problem cannotLookThrough(String shown, IOException e) {
        String at = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : shown;
        String why = e instanceof AccessDeniedException ? "this account may not open " + at
                : SiteWriter.why(e);
        return Problem.error(shown, 0, null, "cannot be looked through (" + why + "), so Smallwins cannot tell"
                + " whether it holds files of yours, and writes nothing there. Make it readable (chmod -R u+rX),"
                + " or choose an empty or new folder.");
    }

    /** The folder's files (not folders), relative to it with '/', sorted: the first {@code limit} found. */
    static List<String> files(Path folder, int limit) throws IOException {
        // One walk with the attributes it reads anyway: a stat per path on top doubled the cost
        // for a site of 10,000 page folders.
        List<String> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!attributes.isDirectory()) {
                    files.add(SlashPaths.of(folder.relativize(file)));
                }
                return files.size() < limit ? FileVisitResult.CONTINUE
                        : FileVisitResult.TERMINATE;
            }
        });
        Collections.sort(files);
        return files;
    }

    /** Where the output is, against the journal: not the journal, not around it, not in its sources. */
    private static void where(Path journal, Path out, String shown, List<Problem> problems) {
        if (out.equals(journal)) {
            problems.add(Problem.error(shown, 0, null, "is the journal folder itself. Choose a folder for the site, like "
                    + journal.resolve("public") + "."));
            return;
        }
        if (journal.startsWith(out)) {
            problems.add(Problem.error(shown, 0, null, "contains the journal. Choose a folder for the site inside or beside the journal, like "
                    + journal.resolve("public") + "."));
            return;
        }
        for (String source : SOURCE_FOLDERS) {
            if (out.startsWith(journal.resolve(source)) || out.startsWith(real(journal.resolve(source)))) {
                problems.add(Problem.error(shown, 0, null, "is inside the journal's " + source
                        + "/ folder, which holds what you wrote. Choose a folder outside it, like " + journal.resolve("public") + "."));
                return;
            }
        }
    }

    /**
     * The path with every symbolic link resolved: the real path of its deepest part that exists,
     * with the parts not made yet added back. Public for the Maven plugin's check of where a stats
     * file may go.
     */
    public static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    /** Files in the folder that the marker does not list (all files, if there is no marker). */
    static List<String> foreignFiles(Path folder) {
        try {
            List<String> files = files(folder, Integer.MAX_VALUE);
            if (files.isEmpty()) {
                return List.of();
            }
            if (!OutputManifest.isPresent(folder)) {
                return files;
            }
            OutputManifest manifest = OutputManifest.read(folder);
            return files.stream()
                    .filter(p -> !p.equals(OutputManifest.FILE_NAME) && !manifest.hashes().containsKey(p)
                            // The marker's own temporary file, left if a build stopped while replacing it.
                            && !p.equals(SiteWriter.temporary(OutputManifest.FILE_NAME)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
