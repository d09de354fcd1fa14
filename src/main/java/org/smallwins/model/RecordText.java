package org.smallwins.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * A value written out as {@code String.valueOf} writes it, records read through their components:
 * {@code Goal[id=walk, cadence=WEEKLY, target=3, ...]}, nested records, lists and maps included.
 *
 * <p>Why not the record's own toString: a build's cache keys and fingerprints are made from the
 * settings and each entry's goal, and a record's toString (like its equals and hashCode) is
 * generated when it is first called, from method handles made in the interpreter: some twenty
 * small classes per record class, at the start of every command-line build, when the compiler
 * thread is already the busiest.
 */
public final class RecordText {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private RecordText() {
    }

    /** {@code value} as {@code String.valueOf(value)} would write it. */
    public static String of(Object value) {
        if (!(value instanceof Record) && !(value instanceof Collection<?>) && !(value instanceof Map<?, ?>)) {
            return String.valueOf(value);
        }
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value instanceof Record record) {
            RecordComponent[] components = COMPONENTS.get(record.getClass());
            Object[] values = read(record, components);
            if (values == null) {
                out.append(record);
                return;
            }
            out.append(record.getClass().getSimpleName()).append('[');
            for (int i = 0; i < components.length; i++) {
                out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
                append(out, values[i]);
            }
            out.append(']');
        } else if (value instanceof Collection<?> collection) {
            // As AbstractCollection.toString.
            out.append('[');
            for (Iterator<?> it = collection.iterator(); it.hasNext(); ) {
                Object item = it.next();
                if (item == collection) {
                    out.append("(this Collection)");
                } else {
                    append(out, item);
                }
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            // As AbstractMap.toString.
            out.append('{');
            for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<?, ?> entry = it.next();
                if (entry.getKey() == map) {
                    out.append("(this Map)");
                } else {
                    append(out, entry.getKey());
                }
                out.append('=');
                if (entry.getValue() == map) {
                    out.append("(this Map)");
                } else {
                    append(out, entry.getValue());
                }
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else {
            out.append(value);
        }
    }

    /** The record's components' values, or null for a record this class may not read (not public). */
    private static Object[] read(Record record, RecordComponent[] components) {
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(record);
            }
            return values;
        } catch (IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName(), e.getCause());
        }
    }
}
