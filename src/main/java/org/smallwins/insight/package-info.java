/**
 * "Look how far you've come": what a journal shows over time, computed from the loaded journal with
 * no I/O. {@link org.smallwins.insight.Insights#compute} is the one way in; each record answers one
 * question (totals, then and now, momentum, comebacks, milestones, ...). Every computation walks the
 * entries a fixed number of times, plus the calendar days, weeks or months it reports on, so it stays
 * linear in the size of the journal. Nothing here ranks by a win's size, and nothing is called failed:
 * a missed week is simply not counted.
 */
package org.smallwins.insight;
