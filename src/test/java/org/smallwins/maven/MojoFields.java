package org.smallwins.maven;

import java.lang.reflect.Field;

/** Sets a goal's parameter as Maven does, by its field, for tests that run a goal without Maven. */
final class MojoFields {
    private MojoFields() {
    }

    static <T> T set(T mojo, String name, Object value) {
        for (Class<?> type = mojo.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return mojo;
            } catch (NoSuchFieldException e) {
                // in a superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(mojo.getClass().getSimpleName() + " has no parameter " + name);
    }
}
