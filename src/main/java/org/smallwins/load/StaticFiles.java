package org.smallwins.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.site.SiteFile;
import org.smallwins.site.SlashPaths;

/** Reads the journal's {@code static/} folder, whose files are copied to the site as they are. */
public final class StaticFiles {
    /** The folder, inside the journal folder, whose files the site copies as they are. */
    public static final String DIR = "static";

    private StaticFiles() {
    }

    /**
     * The files of {@code static/}, sorted by path; empty when there is no such folder. Hidden files
     * and folders (a name starting with "." or "#", or ending in "~") are left out; a symbolic link,
     * a file that cannot be read or whose name is unsafe on a site is left out with a problem added
     * to {@code problems}.
     */
    public static List<SiteFile> read(Path journalDir, ProblemList problems) {
        Path dir = journalDir.resolve(DIR);
        List<SiteFile> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return !folder.equals(dir) && isHidden(name(folder)) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                    String relative = SlashPaths.of(dir.relativize(path));
                    if (isHidden(name(path))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        // A link could point anywhere on the disk; publishing it could leak a private file.
                        problems.add(Problem.warning(DIR + "/" + relative, 0, null,
                                "is a symbolic link and was not copied: put the real file in static/."));
                    } else if (attributes.isRegularFile()) {
                        if (relative.indexOf(JournalLoader.UNREADABLE) >= 0) {
                            // Published under the name as misread, it would be another file than
                            // the pages link to, and another site than a UTF-8 system builds.
                            problems.add(Problem.error(DIR + "/" + relative, 0, null, JournalLoader.unreadableName()));
                        } else if (!SiteFile.isSafe(relative)) {
                            problems.add(Problem.warning(DIR + "/" + relative, 0, null, SiteFile.whyUnsafe(relative)));
                        } else {
                            if (Files.isReadable(path)) {
                                // Read only when copied: years of photos would not fit in memory at once.
                                files.add(SiteFile.copyOf(relative, path, DIR + "/" + relative, attributes));
                            } else {
                                problems.add(unreadable(relative, false, new AccessDeniedException(path.toString())));
                            }
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path path, IOException e) {
                    Problem problem = walkFailure(dir, path, e);
                    if (problem != null) {
                        problems.add(problem);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error(DIR, 0, null, "cannot be read (" + e.getMessage() + ")."));
        }
        files.sort(Comparator.comparing(SiteFile::path));
        return files;
    }

    /**
     * The files beside the entries that the site publishes, read from {@code contentDir}: each
     * {@code sitePaths} key is the file's path on the site, its value the file's path in the content
     * folder ({@code contentPrefix}, like "content/", names it in messages). A file that is gone, is
     * no longer a plain file, or cannot be read is an error naming it: a page would show it broken.
     */
    public static List<SiteFile> readBeside(Path contentDir, String contentPrefix, Map<String, String> sitePaths,
                                            ProblemList problems) {
        List<SiteFile> files = new ArrayList<>();
        sitePaths.forEach((sitePath, contentFile) -> {
            Path file = contentDir.resolve(contentFile);
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                // Changed between the walk and now: a link could lead to any file of the disk.
                if (!attributes.isRegularFile()) {
                    problems.add(Problem.error(contentPrefix + contentFile, 0, null, "is no longer a plain file, so"
                            + " the entries that show it would show nothing. Put the file itself there (not a link)."));
                    return;
                }
                if (!Files.isReadable(file)) {
                    throw new AccessDeniedException(file.toString());
                }
                files.add(SiteFile.copyOf(sitePath, file, contentPrefix + contentFile, attributes));
            } catch (IOException e) {
                problems.add(Problem.error(contentPrefix + contentFile, 0, null, "cannot be read ("
                        + SourceText.whyUnreadable(e) + "), and an entry shows it. Make it readable (chmod u+r),"
                        + " or take it out of the entry."));
            }
        });
        files.sort(Comparator.comparing(SiteFile::path));
        return files;
    }

    /**
     * What to say of a file or folder of static/ the walk could not read, null when nothing: a folder
     * is opened before preVisitDirectory sees it, so a hidden one is skipped here instead.
     */
    static Problem walkFailure(Path dir, Path path, IOException e) {
        if (isHidden(name(path))) {
            return null;
        }
        return unreadable(SlashPaths.of(dir.relativize(path)),
                Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS), e);
    }

    private static Problem unreadable(String relative, boolean folder, IOException e) {
        String why = SourceText.whyUnreadable(e);
        return Problem.error(DIR + "/" + relative, 0, null, folder
                ? "is a folder that cannot be opened (" + why + "), so its files would be missing from the site."
                        + " Make it readable (chmod u+rx), or move it out of static/."
                : "cannot be read (" + why + "). Make it readable (chmod u+r), or move it out of static/.");
    }

    private static String name(Path path) {
        return path.getFileName() == null ? "" : path.getFileName().toString();
    }

    /** Hidden files and folders, and editors' backup and lock files (x~, #x#), as for entries. */
    private static boolean isHidden(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }
}
