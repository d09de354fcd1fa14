package org.smallwins.render;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code renderedCard(entry)} in templates: the theme's own {@code card} macro (entry-card.ftlh) for
 * an entry, rendered once per entry and page depth in a build and then reused. An entry shows up on
 * four or five list pages (its year's timeline, its type's, one page per tag), so rendering its card
 * each time was most of the time spent on those pages. A card may therefore depend on the entry, on
 * {@code root} and on the variables every page has, not on which page shows it.
 */
final class CardMemo implements TemplateMethodModelEx {
    static final String NAME = "renderedCard";
    private static final String HOLDER = "<#import \"entry-card.ftlh\" as cards><@cards.card entry/>";

    private final Template holder;
    private final ConcurrentHashMap<Key, TemplateModel> cards = new ConcurrentHashMap<>();

    /** The entry's view (by identity: one object per entry in a build) and the page's way back to the root. */
    private record Key(Object view, String root) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.view == view && key.root.equals(root);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(view) * 31 + root.hashCode();
        }
    }

    CardMemo(Configuration freemarker) {
        try {
            // Named .ftlh so it escapes as the theme's templates do.
            this.holder = new Template("smallwins-card.ftlh", new StringReader(HOLDER), freemarker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException(NAME + "(entry) takes one entry.");
        }
        TemplateModel entry = (TemplateModel) arguments.get(0);
        Environment env = Environment.getCurrentEnvironment();
        TemplateHashModel page = env.getDataModel();
        TemplateModel rootModel = page.get("root");
        String root = rootModel instanceof TemplateScalarModel scalar ? scalar.getAsString() : "";
        if (!(entry instanceof WrapperTemplateModel wrapped)) {
            return render(entry, page);
        }
        Key key = new Key(wrapped.getWrappedObject(), root);
        TemplateModel card = cards.get(key);
        if (card == null) {
            // Not computeIfAbsent: a theme's card macro may itself call renderedCard.
            card = render(entry, page);
            TemplateModel raced = cards.putIfAbsent(key, card);
            card = raced != null ? raced : card;
        }
        return card;
    }

    private TemplateModel render(TemplateModel entry, TemplateHashModel page) throws TemplateModelException {
        TemplateHashModel model = new TemplateHashModel() {
            @Override
            public TemplateModel get(String key) throws TemplateModelException {
                return key.equals("entry") ? entry : page.get(key);
            }

            @Override
            public boolean isEmpty() {
                return false;
            }
        };
        StringWriter out = new StringWriter(2048);
        try {
            holder.process(model, out);
        } catch (TemplateException e) {
            throw new TemplateModelException(e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new TemplateModelException(e);
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(out.toString());
    }
}
