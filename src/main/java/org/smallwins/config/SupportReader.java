package org.smallwins.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.smallwins.load.YamlMap;
import org.smallwins.model.Privacy;
import org.smallwins.model.Support;
import org.smallwins.problem.Problem;

/**
 * Reads the {@code privacy:} and {@code support:} groups of journal.yml, as strictly as the rest:
 * every message names the field by its full path ("support.people[2].phone") and its line, since a
 * mistyped phone number on the help page is worth stopping a build for.
 */
final class SupportReader {
    static final Set<String> PRIVACY_KEYS = Set.of("encrypt", "passwordFile");
    static final Set<String> SUPPORT_KEYS = Set.of("people", "crisisLines", "safetyPlan");
    static final Set<String> CONTACT_KEYS = Set.of("name", "role", "phone", "text", "email", "url", "hours", "note",
            "checked");
    static final Set<String> PLAN_KEYS = Set.of("warningSigns", "copingSteps", "reasons", "safeSpace", "note");

    private final YamlMap yaml;
    private final List<Problem> problems;

    SupportReader(YamlMap yaml, List<Problem> problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    Privacy privacy() {
        Object raw = yaml.values().get("privacy");
        if (raw == null) {
            return Privacy.OFF;
        }
        Map<?, ?> map = group("privacy", raw, PRIVACY_KEYS);
        if (map == null) {
            return Privacy.OFF;
        }
        boolean encrypt = false;
        Object flag = map.get("encrypt");
        if (flag instanceof Boolean b) {
            encrypt = b;
        } else if (flag != null) {
            error("privacy.encrypt", "expected true or false, found '" + flag + "'.");
        }
        String passwordFile = text("privacy.passwordFile", map.get("passwordFile"));
        if (passwordFile != null && (passwordFile.isEmpty() || passwordFile.contains(".."))) {
            error("privacy.passwordFile", "'" + passwordFile + "' is not a file name inside the journal folder:"
                    + " use one like .password (and keep that file out of any shared copy).");
            passwordFile = null;
        }
        int privacyLine = yaml.lineOf("privacy", 0);
        return new Privacy(encrypt, passwordFile, yaml.lineOfPath("privacy.encrypt", privacyLine),
                passwordFile == null ? 0 : yaml.lineOfPath("privacy.passwordFile", privacyLine));
    }

    Support support() {
        Object raw = yaml.values().get("support");
        if (raw == null) {
            return Support.NONE;
        }
        Map<?, ?> map = group("support", raw, SUPPORT_KEYS);
        if (map == null) {
            return Support.NONE;
        }
        List<Support.Contact> people = contacts("support.people", map.get("people"));
        List<Support.Contact> crisis = contacts("support.crisisLines", map.get("crisisLines"));
        Support.SafetyPlan plan = null;
        Object rawPlan = map.get("safetyPlan");
        if (rawPlan != null) {
            Map<?, ?> planMap = group("support.safetyPlan", rawPlan, PLAN_KEYS);
            if (planMap != null) {
                plan = new Support.SafetyPlan(lines("support.safetyPlan.warningSigns", planMap.get("warningSigns")),
                        lines("support.safetyPlan.copingSteps", planMap.get("copingSteps")),
                        lines("support.safetyPlan.reasons", planMap.get("reasons")),
                        lines("support.safetyPlan.safeSpace", planMap.get("safeSpace")),
                        text("support.safetyPlan.note", planMap.get("note")));
            }
        }
        return new Support(people, crisis, plan);
    }

    private List<Support.Contact> contacts(String path, Object raw) {
        List<Support.Contact> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        if (!(raw instanceof List<?> list)) {
            error(path, "expected a list of contacts, each starting with '- name:'.");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + (i + 1) + "]";
            Map<?, ?> map = group(at, list.get(i), CONTACT_KEYS);
            if (map == null) {
                continue;
            }
            String name = text(at + ".name", map.get("name"));
            if (name == null || name.isEmpty()) {
                error(at, "needs a 'name:', like 'name: My therapist' or 'name: Local crisis line'.");
                continue;
            }
            String phone = text(at + ".phone", map.get("phone"));
            if (phone != null && !phone.matches("\\+?[0-9][0-9 ()./-]*")) {
                error(at + ".phone", "'" + phone + "' is not a phone number: use digits, spaces and dashes,"
                        + " like \"0800 123 456\" or \"+44 20 7946 0000\", in quotes.");
            }
            String textNumber = text(at + ".text", map.get("text"));
            String email = text(at + ".email", map.get("email"));
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                error(at + ".email", "'" + email + "' is not an email address, like name@example.org.");
            }
            String url = text(at + ".url", map.get("url"));
            if (url != null && !url.matches("https?://\\S+")) {
                error(at + ".url", "'" + url + "' is not a web address: start it with https://.");
            }
            if (phone == null && textNumber == null && email == null && url == null) {
                error(at, "'" + name + "' has no way to reach them: add a phone, text, email or url.");
            }
            LocalDate checked = null;
            String checkedText = text(at + ".checked", map.get("checked"));
            if (checkedText == null) {
                error(at, "'" + name + "' needs 'checked:', the day you last made sure these details work,"
                        + " like checked: 2025-03-14.");
            } else {
                try {
                    checked = LocalDate.parse(checkedText);
                } catch (DateTimeParseException e) {
                    error(at + ".checked", "'" + checkedText + "' is not a date: write it as 2025-03-14.");
                }
            }
            out.add(new Support.Contact(name, text(at + ".role", map.get("role")), phone, textNumber, email, url,
                    text(at + ".hours", map.get("hours")), text(at + ".note", map.get("note")), checked));
        }
        return out;
    }

    private List<String> lines(String path, Object raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        if (!(raw instanceof List<?> list)) {
            error(path, "expected a list of short lines, each starting with '- '.");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String line = text(path + "[" + (i + 1) + "]", list.get(i));
            if (line != null && !line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    /** A group of known keys; reports anything else, and a value that is not a group at all. */
    private Map<?, ?> group(String path, Object raw, Set<String> keys) {
        if (!(raw instanceof Map<?, ?> map)) {
            error(path, "expected a group of 'name: value' lines, indented under it.");
            return null;
        }
        for (Object key : map.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                error(path + "." + key, "is not known here. Known: " + String.join(", ", new TreeSet<>(keys)) + ".");
            }
        }
        return map;
    }

    private String text(String path, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List || value instanceof Map) {
            error(path, "expected a single value, not a list or a group.");
            return null;
        }
        return String.valueOf(value).trim();
    }

    private void error(String path, String message) {
        problems.add(Problem.error(SettingsLoader.FILE_NAME, yaml.lineOfPath(path, 0), path, message));
    }
}
