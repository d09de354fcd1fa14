package org.smallwins.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chart points' hand-written equals and hashCode (see Charts) mean what a record's generated
 * ones mean: equal exactly when every component is. A component added to a point but left out of
 * its equals fails here.
 */
class ChartPointsTest {

    /** Two different values of each type a point's components have. */
    private static Object[] samples(Class<?> type) {
        if (type == LocalDate.class) {
            return new Object[] {LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 15)};
        } else if (type == int.class) {
            return new Object[] {3, 4};
        } else if (type == double.class) {
            return new Object[] {1.5, 2.5};
        }
        throw new AssertionError("no samples for " + type + ": add some here");
    }

    @Test
    void pointsAreEqualExactlyWhenEveryComponentIs() throws Exception {
        for (Class<?> point : List.of(Charts.DayCount.class, Charts.Week.class, Charts.Mood.class)) {
            RecordComponent[] components = point.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> make = point.getDeclaredConstructor(types);
            Object[] base = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                base[i] = samples(types[i])[0];
            }
            Object one = make.newInstance(base);
            Object same = make.newInstance(base.clone());
            assertThat(one).as(point.getSimpleName()).isEqualTo(same).hasSameHashCodeAs(same);
            assertThat(one).isNotEqualTo(null).isNotEqualTo("not a point");
            for (int i = 0; i < components.length; i++) {
                Object[] changed = base.clone();
                changed[i] = samples(types[i])[1];
                assertThat(one).as("%s with another %s", point.getSimpleName(), components[i].getName())
                        .isNotEqualTo(make.newInstance(changed));
            }
        }
        // As a record's own: a null date is a value like any other.
        assertThat(new Charts.DayCount(null, 1)).isEqualTo(new Charts.DayCount(null, 1))
                .hasSameHashCodeAs(new Charts.DayCount(null, 1)).isNotEqualTo(new Charts.DayCount(null, 2));
        assertThat(new Charts.Week(LocalDate.EPOCH, 1, Double.NaN)).isEqualTo(new Charts.Week(LocalDate.EPOCH, 1, Double.NaN));
    }
}
