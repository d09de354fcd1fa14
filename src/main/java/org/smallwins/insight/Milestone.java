package org.smallwins.insight;

import java.time.LocalDate;

/**
 * One moment worth remembering.
 *
 * @param kind   a stable id: {@code anniversary}, {@code win-count}, {@code new-tag}, {@code busy-week},
 *               {@code goal-month} or {@code marked}
 * @param label  a warm line in English, like "Your 10th win" or "One year of small wins"
 * @param count  for {@code win-count} the win's number (10); for {@code anniversary} the months since
 *               the first entry (1, 6, 12, 24, ...); for {@code busy-week} the days with wins (5); else null
 * @param tag    for {@code new-tag}, the tag; else null
 * @param goalId for {@code goal-month}, the goal's id; else null
 * @param entry  the entry it belongs to (the win, the goal, the marked entry); null for anniversaries
 */
public record Milestone(LocalDate date, String kind, String label, Integer count, TagRef tag, String goalId,
                        EntryRef entry) {
    public static final String ANNIVERSARY = "anniversary";
    public static final String WIN_COUNT = "win-count";
    public static final String NEW_TAG = "new-tag";
    public static final String BUSY_WEEK = "busy-week";
    public static final String GOAL_MONTH = "goal-month";
    public static final String MARKED = "marked";
}
