package org.smallwins.render;

import freemarker.core.Environment;
import freemarker.core.TemplateFormatUtil;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.core.TemplateValueFormatException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.smallwins.model.LocaleNumbers;

/**
 * {@code ${n?string.@grouped}} in a template: a number written as the model's {@code ...Label}s
 * write theirs, for the journal's locale ("1,234" in en, "1.234" in de; one decimal place when it
 * is not whole). Plain {@code ${n}} stays "1234", so that a year prints as 2025.
 */
final class GroupedNumberFormat extends TemplateNumberFormat {
    static final String NAME = "grouped";

    /** One format per locale, shared by every page: FreeMarker asks again for each page it renders. */
    static final TemplateNumberFormatFactory FACTORY = new TemplateNumberFormatFactory() {
        private final Map<Locale, GroupedNumberFormat> byLocale = new ConcurrentHashMap<>();

        @Override
        public TemplateNumberFormat get(String params, Locale locale, Environment env) throws TemplateValueFormatException {
            TemplateFormatUtil.checkHasNoParameters(params);
            return byLocale.computeIfAbsent(locale, l -> new GroupedNumberFormat(new LocaleNumbers(l)));
        }
    };

    private final LocaleNumbers numbers;

    private GroupedNumberFormat(LocaleNumbers numbers) {
        this.numbers = numbers;
    }

    @Override
    public String formatToPlainText(TemplateNumberModel model) throws TemplateModelException, TemplateValueFormatException {
        Number n = TemplateFormatUtil.getNonNullNumber(model);
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return numbers.whole(n.longValue());
        }
        double value = n.doubleValue();
        // Whole numbers that come as doubles or BigDecimals ("3.0") are written as whole numbers.
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return numbers.whole((long) value);
        }
        return numbers.oneDecimal(value);
    }

    @Override
    public boolean isLocaleBound() {
        return true;
    }

    @Override
    public String getDescription() {
        return NAME;
    }
}
