package org.smallwins.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

/**
 * Writes a site so that the previous one is never half-replaced: the new site is built in a folder
 * beside the output, then swapped in by renaming. Files whose content did not change are hard
 * links to the old ones, so they keep their modification time and rsync uploads only changes.
 */
public final class SiteWriter {

    /** What a write did: files with new content, files carried over unchanged, files removed. */
    public record Report(int written, int unchanged, int removed) {
    }

    public Report write(Site site, Path journalDir, Path output) {
        List<Problem> problems = OutputFolder.check(journalDir, output);
        if (!problems.isEmpty()) {
            throw new JournalException(problems);
        }
        Path out = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(out.getParent());
            Path staging = sibling(out, "new");
            Path retired = sibling(out, "old");
            clearLeftover(staging);
            clearLeftover(retired);
            OutputManifest previous = OutputManifest.isPresent(out) ? OutputManifest.read(out) : new OutputManifest(Map.of());
            OutputManifest next = OutputManifest.of(site);
            if (unchanged(site, previous, next, out)) {
                // Nothing to do: staging would only hard-link every file and then delete every
                // folder of the old tree, which costs seconds of file-system work for a large site.
                return new Report(0, site.files().size(), 0);
            }

            Files.createDirectories(staging);
            // The marker goes first: a staging folder left by a crash then proves it is ours.
            byte[] marker = next.toBytes();
            boolean markerSame = OutputManifest.isPresent(out)
                    && java.util.Arrays.equals(Files.readAllBytes(out.resolve(OutputManifest.FILE_NAME)), marker);
            place(out.resolve(OutputManifest.FILE_NAME), staging.resolve(OutputManifest.FILE_NAME), marker, markerSame);
            TreeSet<Path> folders = new TreeSet<>();
            for (SiteFile file : site.files()) {
                Path parent = staging.resolve(file.path()).getParent();
                if (!parent.equals(staging)) {
                    folders.add(parent);
                }
            }
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
            AtomicInteger unchanged = new AtomicInteger();
            try {
                site.files().parallelStream().forEach(file -> {
                    boolean sameHash = next.hashes().get(file.path()).equals(previous.hashes().get(file.path()));
                    if (place(out.resolve(file.path()), staging.resolve(file.path()), file.content(), sameHash)) {
                        unchanged.incrementAndGet();
                    }
                });
            } catch (UncheckedIOException e) {
                deleteTree(staging);
                throw e.getCause();
            }

            int removed = (int) previous.hashes().keySet().stream().filter(p -> !next.hashes().containsKey(p)).count();
            if (Files.exists(out)) {
                Files.move(out, retired, StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(retired);
            } else {
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Report(site.files().size() - unchanged.get(), unchanged.get(), removed);
        } catch (IOException | UncheckedIOException e) {
            throw new JournalException(Problem.error(output.toString(), 0, null,
                    "the site could not be written (" + e + "). The previous site was left as it was."));
        }
    }

    /**
     * Whether the output folder already holds exactly this site: the same list of files and
     * hashes in its marker, and every file still has those bytes (none was edited by hand).
     */
    private static boolean unchanged(Site site, OutputManifest previous, OutputManifest next, Path out) {
        if (!OutputManifest.isPresent(out) || !previous.hashes().equals(next.hashes())) {
            return false;
        }
        try {
            if (!java.util.Arrays.equals(Files.readAllBytes(out.resolve(OutputManifest.FILE_NAME)), next.toBytes())) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return site.files().parallelStream().allMatch(file -> {
            Path old = out.resolve(file.path());
            try {
                return Files.isRegularFile(old, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.size(old) == file.content().length
                        && java.util.Arrays.equals(Files.readAllBytes(old), file.content());
            } catch (IOException e) {
                return false;
            }
        });
    }

    /**
     * Puts one file into the staging folder: a hard link to the old file when the manifest says it
     * had this content and it still does (it may have been edited or deleted by hand since), else
     * the new content. Returns whether the old file was reused.
     */
    private static boolean place(Path old, Path target, byte[] content, boolean sameHash) {
        try {
            if (sameHash && Files.isRegularFile(old) && Files.size(old) == content.length
                    && java.util.Arrays.equals(Files.readAllBytes(old), content)) {
                try {
                    Files.createLink(target, old);
                } catch (UnsupportedOperationException | IOException noLinks) {
                    Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
                return true;
            }
            Files.write(target, content);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sibling(Path out, String role) {
        return out.resolveSibling("." + out.getFileName() + ".smallwins-" + role);
    }

    /** A staging folder left by an interrupted build is ours only if it carries our marker. */
    private static void clearLeftover(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!OutputManifest.isPresent(folder) || !OutputFolder.foreignFiles(folder).isEmpty()) {
            // Without a complete marker, a staging folder may hold a half-written site: only
            // files listed in no manifest would be lost, and there are none we did not write.
            throw new FileAlreadyExistsException(folder + " is left from an interrupted build; remove it by hand");
        }
        deleteTree(folder);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
