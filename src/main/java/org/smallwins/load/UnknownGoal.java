package org.smallwins.load;

import java.util.List;
import java.util.Set;
import org.smallwins.problem.Spelling;

/**
 * What is said of a goal id no goal has, in the same words by the build (of a win naming it) and by
 * {@code smallwins new} (of the entry it just wrote).
 */
public final class UnknownGoal {
    /** How the message starts (check makes it an error: see check.JournalCheck). */
    public static final String START = "no goal has the id";

    /** How many goal ids the message lists; a long list would bury the message. */
    static final int LISTED = 10;

    private UnknownGoal() {
    }

    /** Why {@code goalId} is not a goal, with the goal one slip away if there is one, and the known ids. */
    public static String message(String goalId, Set<String> knownIds) {
        return START + " '" + goalId + "'" + Spelling.didYouMean(goalId, knownIds) + ". Known goals: "
                + known(knownIds) + ". Fix the id, or add the goal with: smallwins new goal \"...\"";
    }

    /** The goal ids in alphabetical order, the first {@link #LISTED} of them and how many more. */
    static String known(Set<String> ids) {
        if (ids.isEmpty()) {
            return "none yet";
        }
        List<String> sorted = ids.stream().sorted().toList();
        if (sorted.size() <= LISTED) {
            return String.join(", ", sorted);
        }
        return String.join(", ", sorted.subList(0, LISTED)) + " and " + (sorted.size() - LISTED) + " more";
    }
}
