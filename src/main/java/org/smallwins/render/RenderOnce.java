package org.smallwins.render;

import freemarker.core.Environment;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code <@renderOnce key=entry>...</@renderOnce>} in templates: renders its body the first time for
 * each key and page depth ({@code root}) in a build, and writes the same HTML every later time. An
 * entry's card shows on four or five list pages (its year's timeline, its type's, one page per
 * tag), and rendering it each time was most of those pages' time. So the body may depend on the key,
 * on {@code root} and on what every page has, not on which page shows it.
 */
final class RenderOnce implements TemplateDirectiveModel {
    static final String NAME = "renderOnce";

    private final ConcurrentHashMap<Key, Html> rendered = new ConcurrentHashMap<>();

    /**
     * A body's HTML: as UTF-8 bytes, written to a page with a copy (a card shows on four or five
     * pages, and encoding it again for each was a tenth of a list page's time); as the text itself
     * when it holds a surrogate, which the bytes would not give back where a pair is cut.
     */
    private record Html(String text, byte[] utf8, Set<String> reads) {
        /** {@code reads}: the shared variables read while it was made (see {@link SharedReads}). */
        static Html of(String html, Set<String> reads) {
            // The chars from an array: through charAt, a call each, this look was most of the time
            // making cards took.
            for (char c : html.toCharArray()) {
                if (Character.isSurrogate(c)) {
                    return new Html(html, null, reads);
                }
            }
            return new Html(null, html.getBytes(StandardCharsets.UTF_8), reads);
        }

        void writeTo(Writer out) throws IOException {
            if (utf8 == null) {
                out.write(text);
            } else if (out instanceof PageOutput page) {
                page.writeEncoded(utf8);
            } else {
                out.write(new String(utf8, StandardCharsets.UTF_8));
            }
        }
    }

    /** The key's object by identity (an entry's view is one object in a build), and the way back to the root. */
    private record Key(Object key, String root) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && that.key == key && that.root.equals(root);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key) * 31 + root.hashCode();
        }
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        Object keyModel = params.get("key");
        if (params.size() != 1 || keyModel == null || body == null) {
            throw new TemplateModelException("use it as <@" + NAME + " key=entry>...</@" + NAME + ">");
        }
        if (!(keyModel instanceof WrapperTemplateModel wrapped)) {
            // Not one of the model's objects: nothing to know it again by.
            body.render(env.getOut());
            return;
        }
        TemplateModel rootModel = env.getDataModel().get("root");
        String root = rootModel instanceof TemplateScalarModel scalar ? scalar.getAsString() : "";
        Key key = new Key(wrapped.getWrappedObject(), root);
        Html html = rendered.get(key);
        SharedReads page = SharedReads.current();
        if (html == null) {
            StringWriter capture = new StringWriter(2048);
            body.render(capture);
            // What the page had read by the end of the body: at least what the body read.
            html = Html.of(capture.toString(), page == null ? null : page.readSoFar());
            // Not computeIfAbsent: the body may itself use renderOnce.
            rendered.putIfAbsent(key, html);
        } else if (page != null) {
            // A page that shows the fragment depends on what it was made from, as the page that made it.
            page.alsoRead(html.reads());
        }
        html.writeTo(env.getOut());
    }
}
