package org.smallwins.problem;

import java.util.ArrayList;
import java.util.List;

/** A thread-safe collector of problems; stages add to it in parallel, edges read it sorted. */
public final class ProblemList {
    private final List<Problem> problems = new ArrayList<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public synchronized void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Sorted by file and line, duplicates removed (one template bug fails many pages alike). */
    public synchronized List<Problem> sorted() {
        return problems.stream().distinct().sorted(Problem.ORDER).toList();
    }
}
