package org.smallwins.serve;

import java.util.List;
import java.util.Map;
import org.smallwins.problem.Problem;
import org.smallwins.site.SiteFile;

/**
 * What the server shows: the last good site (path to file) and, when the latest build failed, its
 * problems, shown on top of every page until they are fixed; and the path the site is made to be
 * served under (journal.yml's basePath), which the preview answers under too.
 */
record Snapshot(Map<String, SiteFile> files, List<Problem> problems, long version, String basePath) {

    static final Snapshot EMPTY = new Snapshot(Map.of(), List.of(), 0, "/");

    boolean failing() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /**
     * Whether a tab that shows {@code before} shows something else now: a file added, removed or
     * different, another base path, or other problems at the top (warnings show only beside errors).
     */
    boolean differsFrom(Snapshot before) {
        if (!basePath.equals(before.basePath) || !shownProblems().equals(before.shownProblems())) {
            return true;
        }
        if (files == before.files) {
            return false;
        }
        if (files.size() != before.files.size()) {
            return true;
        }
        for (Map.Entry<String, SiteFile> file : files.entrySet()) {
            SiteFile was = before.files.get(file.getKey());
            if (was == null || !was.sameBytesAs(file.getValue())) {
                return true;
            }
        }
        return false;
    }

    private List<Problem> shownProblems() {
        return failing() ? problems : List.of();
    }
}
