package org.smallwins.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** For "did you mean" in messages: how far apart two words are, and which known word one was meant as. */
public final class Spelling {
    private Spelling() {
    }

    /**
     * The known word {@code written} is most likely a slip for: the same word in other letter case,
     * or one slip off (a letter, or two neighbours swapped), two for a known word of six letters or
     * more. The closest wins; of equally close ones, the first in alphabetical order, so the
     * suggestion does not depend on the order the words came in. Empty when none is that close.
     */
    public static Optional<String> closest(String written, Collection<String> known) {
        String lower = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : known.stream().sorted().toList()) {
            int distance = distance(lower, word.toLowerCase(Locale.ROOT));
            int allowed = word.length() >= 6 ? 2 : 1;
            if (distance <= allowed && distance < bestDistance) {
                best = word;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean 'x'?)" for the {@link #closest} known word, to follow what was not understood; else "". */
    public static String didYouMean(String written, Collection<String> known) {
        return closest(written, known).map(word -> " (did you mean '" + word + "'?)").orElse("");
    }

    /**
     * How many letters to add, remove or change, or pairs of neighbours to swap, to make one word the
     * other (the optimal string alignment distance). A swap counts as one slip, as it is typed: "tgas"
     * is one from "tags", where counting letters alone makes it two, as far as "tips".
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
