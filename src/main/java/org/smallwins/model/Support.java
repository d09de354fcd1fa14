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
    /** No one listed and no plan: the settings of a journal.yml without {@code support:}. */
    public static final Support NONE = new Support(List.of(), List.of(), null);

    public Support {
        people = List.copyOf(people);
        crisisLines = List.copyOf(crisisLines);
    }

    /** Whether nothing is written: no person, no crisis line and no safety plan. */
    public boolean isEmpty() {
        return people.isEmpty() && crisisLines.isEmpty() && safetyPlan == null;
    }

    /**
     * One person or service. {@code checked} is the day the details were last confirmed to work:
     * numbers change, and a wrong one is worst found out in a crisis. Optional fields are null.
     *
     * @param name    who or what it is, as the user writes it
     * @param role    what they are to the user ("my therapist"); optional
     * @param phone   a number to call; optional, though at least one of phone, text, email and url is given
     * @param text    a number to text; optional, as phone
     * @param email   an email address; optional, as phone
     * @param url     a web page, such as a chat service, starting with http:// or https://; optional, as phone
     * @param hours   when they can be reached, as written; optional
     * @param note    anything else worth knowing; optional
     * @param checked the day the details were last confirmed to work; journal.yml must give it
     */
    public record Contact(String name, String role, String phone, String text, String email, String url,
                          String hours, String note, LocalDate checked) {
    }

    /**
     * A personal safety plan: each part a list of the user's own short lines, possibly empty.
     *
     * @param warningSigns signs that a hard time is coming
     * @param copingSteps  things that help
     * @param reasons      reasons to keep going
     * @param safeSpace    ways to make the surroundings safer
     * @param note         anything else, in the user's words; null when not written
     */
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
