package org.smallwins.insight;

import java.time.LocalDate;

/**
 * One moment worth remembering.
 *
 * @param date   the day it happened
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
    /** The {@link #kind} of a milestone for months or years since the first entry. */
    public static final String ANNIVERSARY = "anniversary";
    /** The {@link #kind} of a milestone for a round number of wins: the 1st, 10th, 25th and so on. */
    public static final String WIN_COUNT = "win-count";
    /** The {@link #kind} of a milestone for the first win with a tag no earlier entry had. */
    public static final String NEW_TAG = "new-tag";
    /** The {@link #kind} of a milestone for the first week with wins on 5 different days. */
    public static final String BUSY_WEEK = "busy-week";
    /** The {@link #kind} of a milestone for the first month a weekly goal was met every week. */
    public static final String GOAL_MONTH = "goal-month";
    /** The {@link #kind} of a milestone for an entry the writer marked {@code milestone: true}. */
    public static final String MARKED = "marked";
}
