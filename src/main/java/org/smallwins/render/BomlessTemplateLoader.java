package org.smallwins.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Templates read without a leading byte order mark, as entries are. Editors on Windows may save one,
 * and FreeMarker takes it for text: before [#ftl] or &lt;#ftl&gt; it cannot parse the template ("Encountered
 * [#ftl]" at line 1, column 2, on an invisible character), and before anything else it is copied
 * into every page the template makes.
 */
final class BomlessTemplateLoader implements TemplateLoader {
    private static final int BOM = '\uFEFF';

    private final TemplateLoader loader;

    BomlessTemplateLoader(TemplateLoader loader) {
        this.loader = loader;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return loader.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return loader.getLastModified(templateSource);
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        PushbackReader in = new PushbackReader(loader.getReader(templateSource, encoding));
        int first = in.read();
        if (first != BOM && first != -1) {
            in.unread(first);
        }
        return in;
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        loader.closeTemplateSource(templateSource);
    }
}
