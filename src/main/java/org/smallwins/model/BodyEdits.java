package org.smallwins.model;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a journal differs from the one built just before it, when only the text of some entries
 * changed: the usual edit while writing. Everything derived from front matter alone (the order of
 * entries, URLs, timelines, tags, insights) is then as before, so a rebuild can keep it and redo
 * only what shows those entries' text.
 *
 * @param changed the indexes (in {@link Journal#entries()}) of entries whose body changed, ascending
 */
public record BodyEdits(List<Integer> changed) {
    /** Every component of an entry but its body, read once: a field added to {@link Entry} is covered. */
    private static final List<RecordComponent> FRONT_MATTER = Arrays.stream(Entry.class.getRecordComponents())
            .filter(c -> !c.getName().equals("body"))
            .toList();

    public BodyEdits {
        changed = List.copyOf(changed);
    }

    /**
     * The body edits that turn {@code before} into {@code after}, or null when anything else
     * differs: settings, today, an entry added, removed or moved, or any front matter field (even
     * the line an entry's body starts on, which its messages name).
     */
    public static BodyEdits between(Journal before, Journal after) {
        if (before == null || !before.settings().equals(after.settings()) || !before.today().equals(after.today())
                || before.entries().size() != after.entries().size()) {
            return null;
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < after.entries().size(); i++) {
            Entry was = before.entries().get(i);
            Entry is = after.entries().get(i);
            if (was == is) {
                continue;
            }
            if (!sameFrontMatter(was, is)) {
                return null;
            }
            if (!was.body().equals(is.body())) {
                changed.add(i);
            }
        }
        return new BodyEdits(changed);
    }

    /** Whether two entries agree on everything but their body. */
    public static boolean sameFrontMatter(Entry a, Entry b) {
        try {
            for (RecordComponent component : FRONT_MATTER) {
                if (!Objects.equals(component.getAccessor().invoke(a), component.getAccessor().invoke(b))) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read an entry's fields", e);
        }
    }
}
