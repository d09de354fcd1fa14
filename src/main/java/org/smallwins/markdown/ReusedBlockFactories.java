package org.smallwins.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Block factories made once per thread instead of once per document. For every document, a Flexmark
 * {@code Parser} asks each of its block parser factories (headings, lists, quotes, footnotes...) for
 * a new block factory made from the parser's settings; the heading one compiles its regular
 * expressions again each time. Together that was 0.3 s of CPU in a 10,000-entry build. What they
 * make depends on the settings alone, which a Parser never changes, and holds nothing of a document
 * (the HTML block one computes its patterns once, from the same settings), so each thread keeps what
 * it was given and hands it out again: the documents a thread parses come one after another.
 *
 * <p>Flexmark offers no setting for it; the Parser's list of factories, already in the order its
 * dependencies demand, is given wrappers in the same places. Where a Flexmark version keeps the
 * list elsewhere, the parser stays as it was: slower, the same pages ({@code MarkdownRendererTest}
 * says when that happens).
 */
final class ReusedBlockFactories {
    private ReusedBlockFactories() {
    }

    /** Makes {@code parser} reuse its block factories on each thread, where this Flexmark allows it. */
    static void reuse(Parser parser) {
        try {
            Field field = factoriesOf();
            if (!(field.get(parser) instanceof List<?> factories)) {
                return;
            }
            List<CustomBlockParserFactory> reused = new ArrayList<>(factories.size());
            for (Object factory : factories) {
                if (!(factory instanceof CustomBlockParserFactory custom)) {
                    return;
                }
                reused.add(custom instanceof PerThread ? custom : new PerThread(custom));
            }
            field.set(parser, reused);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Left as it was: slower, the same pages.
        }
    }

    /** Whether {@code parser}'s block factories are reused (for tests: a Flexmark upgrade may change it). */
    static boolean reused(Parser parser) {
        try {
            return factoriesOf().get(parser) instanceof List<?> factories && !factories.isEmpty()
                    && factories.stream().allMatch(PerThread.class::isInstance);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Field factoriesOf() throws NoSuchFieldException {
        Field field = Parser.class.getDeclaredField("blockParserFactories");
        field.setAccessible(true);
        return field;
    }

    /** One of the parser's factories, whose block factory each thread makes once per settings object. */
    private static final class PerThread implements CustomBlockParserFactory {
        private final CustomBlockParserFactory factory;
        private final ThreadLocal<Made> made = new ThreadLocal<>();

        private record Made(DataHolder options, BlockParserFactory factory) {
        }

        PerThread(CustomBlockParserFactory factory) {
            this.factory = factory;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            Made last = made.get();
            // The same Parser passes the same settings object every time; anything else gets its own.
            if (last == null || last.options() != options) {
                last = new Made(options, factory.apply(options));
                made.set(last);
            }
            return last.factory();
        }

        @Override
        public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return factory.getLeadInHandler(options);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return factory.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return factory.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return factory.affectsGlobalScope();
        }
    }
}
