package org.smallwins.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smallwins.model.Support;

/** The "Get help now" page's model, from journal.yml's {@code support:}; see docs/theme-model.md. */
final class SupportView {
    private SupportView() {
    }

    static Map<String, Object> of(Support support, Formats formats) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("configured", !support.isEmpty());
        model.put("people", contacts(support.people(), formats));
        model.put("crisisLines", contacts(support.crisisLines(), formats));
        Support.SafetyPlan plan = support.safetyPlan();
        if (plan != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("warningSigns", plan.warningSigns());
            p.put("copingSteps", plan.copingSteps());
            p.put("reasons", plan.reasons());
            p.put("safeSpace", plan.safeSpace());
            if (plan.note() != null) {
                p.put("note", plan.note());
            }
            model.put("safetyPlan", p);
        }
        return model;
    }

    private static List<Map<String, Object>> contacts(List<Support.Contact> contacts, Formats formats) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Support.Contact c : contacts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            put(m, "role", c.role());
            if (c.phone() != null) {
                m.put("phone", c.phone());
                m.put("phoneHref", "tel:" + dialable(c.phone()));
            }
            if (c.text() != null) {
                m.put("text", c.text());
                m.put("textHref", "sms:" + dialable(c.text()));
            }
            if (c.email() != null) {
                m.put("email", c.email());
                m.put("emailHref", "mailto:" + c.email());
            }
            put(m, "url", c.url());
            put(m, "hours", c.hours());
            put(m, "note", c.note());
            if (c.checked() != null) {
                m.put("checked", c.checked().toString());
                m.put("checkedLabel", formats.day(c.checked()));
            }
            out.add(m);
        }
        return out;
    }

    /** "+44 20 7946 0000" to "+442079460000": what a phone dials when the number is tapped. */
    private static String dialable(String number) {
        return number.replaceAll("[^0-9+]", "");
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
