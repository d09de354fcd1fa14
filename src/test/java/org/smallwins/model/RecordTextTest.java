package org.smallwins.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RecordText writes every value exactly as String.valueOf does, without calling a record's toString. */
class RecordTextTest {
    private record Hidden(String name, List<Object> items) {
    }

    @Test
    void writesRecordsListsAndMapsAsTheirToStringDoes() {
        Support support = new Support(
                List.of(new Support.Contact("Sam", "sister", "+44 1", null, "sam@example.org", null, null, "evenings", LocalDate.of(2025, 2, 1))),
                List.of(), null);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("color", "green");
        params.put("nested", Map.of("list", List.of(1, 2.5, true)));
        params.put("none", null);
        JournalSettings settings = new JournalSettings("My wins", "Ana", null, Locale.forLanguageTag("pt-BR"),
                ZoneId.of("America/Sao_Paulo"), "default", "/", DayOfWeek.SUNDAY, true, params,
                new Privacy(true, "secret.txt"), support);
        Goal goal = new Goal("walk", Goal.Cadence.WEEKLY, 3, Goal.Status.PAUSED, LocalDate.of(2025, 1, 6));
        List<Object> selfHolding = new ArrayList<>(List.of("a"));
        selfHolding.add(selfHolding);

        for (Object value : new Object[] {settings, goal, support, Privacy.OFF, List.of(goal, goal), Map.of("g", goal),
                selfHolding, new Hidden("h", List.of(goal)), "plain", 42, null}) {
            assertThat(RecordText.of(value)).isEqualTo(String.valueOf(value));
        }
        assertThat(RecordText.of(goal)).isEqualTo("Goal[id=walk, cadence=WEEKLY, target=3, status=PAUSED, started=2025-01-06]");
    }

    @Test
    void changesWhenAnyComponentDoes() {
        Goal goal = new Goal("walk", Goal.Cadence.WEEKLY, 3, Goal.Status.ACTIVE, LocalDate.of(2025, 1, 6));
        assertThat(RecordText.of(goal)).isNotEqualTo(RecordText.of(
                new Goal("walk", Goal.Cadence.WEEKLY, 3, Goal.Status.ACTIVE, LocalDate.of(2025, 1, 7))));
    }
}
