package org.smallwins.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.site.SiteFile;

/** Reads the journal's {@code static/} folder, whose files are copied to the site as they are. */
public final class StaticFiles {
    public static final String DIR = "static";

    private StaticFiles() {
    }

    public static List<SiteFile> read(Path journalDir, ProblemList problems) {
        Path dir = journalDir.resolve(DIR);
        List<SiteFile> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted().toList()) {
                String relative = dir.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    // A link could point anywhere on the disk; publishing it could leak a private file.
                    problems.add(Problem.warning(DIR + "/" + relative, 0, null,
                            "is a symbolic link and was not copied: put the real file in static/."));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !isHidden(relative)) {
                    if (SiteFile.isSafe(relative)) {
                        files.add(new SiteFile(relative, Files.readAllBytes(path)));
                    } else {
                        problems.add(Problem.warning(DIR + "/" + relative, 0, null, SiteFile.UNSAFE_NAME));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error(DIR, 0, null, "cannot be read: " + e.getMessage()));
        }
        return files;
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
