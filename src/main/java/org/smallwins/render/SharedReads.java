package org.smallwins.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page's variables as its template sees them, noting which of the variables every page shares
 * (site, counts, years) the template reads. A page that read no count while it rendered cannot
 * change when the counts do: the preview server then keeps it after an entry is added, instead of
 * rendering every page of the site again for a number only the home page shows.
 */
final class SharedReads implements TemplateHashModelEx {
    private final TemplateHashModelEx variables;
    private final Set<String> shared;
    private final Set<String> read = new TreeSet<>();
    private boolean all;

    /** {@code model}: the page's variables; {@code shared}: the names of those every page gets. */
    SharedReads(Map<String, Object> model, Set<String> shared, ObjectWrapper wrapper) throws TemplateModelException {
        this.variables = (TemplateHashModelEx) wrapper.wrap(model);
        this.shared = shared;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        if (shared.contains(key)) {
            read.add(key);
        }
        return variables.get(key);
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
        return variables.isEmpty();
    }

    // A template that lists the variables by name (.data_model?keys) may read any of them.

    @Override
    public int size() throws TemplateModelException {
        all = true;
        return variables.size();
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
        all = true;
        return variables.keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        all = true;
        return variables.values();
    }

    /** The shared variables read, by name in order; null when the template may have read any. */
    Set<String> read() {
        return all ? null : read;
    }

    /** What has been read so far, as a copy (null: any); see {@link #alsoRead}. */
    Set<String> readSoFar() {
        return all ? null : new TreeSet<>(read);
    }

    /**
     * Counts {@code names} (null: any) as read by this page: what a fragment written once for
     * several pages read while it was made ({@link RenderOnce}), which the pages that reuse it show too.
     */
    void alsoRead(Set<String> names) {
        if (names == null) {
            all = true;
        } else {
            read.addAll(names);
        }
    }

    /** The page rendering on this thread, or null (a one-shot build does not track reads). */
    private static final ThreadLocal<SharedReads> CURRENT = new ThreadLocal<>();

    static SharedReads current() {
        return CURRENT.get();
    }

    /** Runs {@code render} as this page's rendering, for {@link #current}. */
    void during(Rendering render) throws TemplateException, IOException {
        SharedReads outer = CURRENT.get();
        CURRENT.set(this);
        try {
            render.run();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** A template's rendering. */
    interface Rendering {
        void run() throws TemplateException, IOException;
    }
}
