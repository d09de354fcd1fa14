package org.smallwins.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tables extension's paragraph pre-processor, made once per thread instead of once per
 * document. Flexmark makes a new one for each document with a table, and each formats and compiles
 * its regular expression for the separator row again (String.format and Pattern.compile, a
 * thousandth of a second apiece while the code is new to the compiler). What it makes depends only
 * on the parser's table settings, which never change for the parser this is given to, and holds
 * nothing of a document.
 *
 * <p>Registered on a Parser.Builder in place of {@link TablesExtension}'s parser part, which adds
 * nothing else; the HTML renderer keeps the extension.
 */
final class ReusedTablePreProcessor implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();
    private final ThreadLocal<ParagraphPreProcessor> made = new ThreadLocal<>();
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
        ParagraphPreProcessor processor = made.get();
        if (processor == null) {
            processor = tables.apply(state);
            made.set(processor);
            count.incrementAndGet();
        }
        return processor;
    }

    /** How many pre-processors this has made: one per thread that parsed a table (for tests). */
    int made() {
        return count.get();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return tables.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return tables.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return tables.affectsGlobalScope();
    }
}
