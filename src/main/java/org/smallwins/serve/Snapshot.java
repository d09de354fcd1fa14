package org.smallwins.serve;

import java.util.List;
import java.util.Map;
import org.smallwins.problem.Problem;

/**
 * What the server shows: the last good site (path to bytes) and, when the latest build failed, its
 * problems, shown on top of every page until they are fixed; and the path the site is made to be
 * served under (journal.yml's basePath), which the preview answers under too.
 */
record Snapshot(Map<String, byte[]> files, List<Problem> problems, long version, String basePath) {

    static final Snapshot EMPTY = new Snapshot(Map.of(), List.of(), 0, "/");

    boolean failing() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
