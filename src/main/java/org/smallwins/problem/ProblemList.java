package org.smallwins.problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A thread-safe collector of problems; stages add to it in parallel, edges read it sorted. Loops
 * rather than streams: a build reads one per entry, almost always empty.
 */
public final class ProblemList {
    private final List<Problem> problems = new ArrayList<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public synchronized void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public synchronized boolean hasErrors() {
        return Problem.anyError(problems);
    }

    /** Sorted by file and line, duplicates removed (one template bug fails many pages alike). */
    public synchronized List<Problem> sorted() {
        if (problems.isEmpty()) {
            return List.of();
        }
        // The first of equal problems kept, and a stable sort: as distinct() and sorted() would.
        List<Problem> distinct = new ArrayList<>(new LinkedHashSet<>(problems));
        distinct.sort(Problem.ORDER);
        return List.copyOf(distinct);
    }
}
