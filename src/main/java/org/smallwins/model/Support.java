package org.smallwins.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code support:} settings: who to reach when things are hard, shown on the "Get help now" page.
 *
 * @param people      the user's own therapist, doctor and trusted people
 * @param crisisLines local crisis numbers
 * @param safetyPlan  the user's own plan, in their words; null when not written
 */
public record Support(List<Contact> people, List<Contact> crisisLines, SafetyPlan safetyPlan) {
    public static final Support NONE = new Support(List.of(), List.of(), null);

    public Support {
        people = List.copyOf(people);
        crisisLines = List.copyOf(crisisLines);
    }

    public boolean isEmpty() {
        return people.isEmpty() && crisisLines.isEmpty() && safetyPlan == null;
    }

    /**
     * One person or service. {@code checked} is the day the details were last confirmed to work:
     * numbers change, and a wrong one is worst found out in a crisis. Optional fields are null.
     */
    public record Contact(String name, String role, String phone, String text, String email, String url,
                          String hours, String note, LocalDate checked) {
    }

    /** A personal safety plan: each part a list of the user's own short lines, possibly empty. */
    public record SafetyPlan(List<String> warningSigns, List<String> copingSteps, List<String> reasons,
                             List<String> safeSpace, String note) {
        public SafetyPlan {
            warningSigns = List.copyOf(warningSigns);
            copingSteps = List.copyOf(copingSteps);
            reasons = List.copyOf(reasons);
            safeSpace = List.copyOf(safeSpace);
        }
    }
}
