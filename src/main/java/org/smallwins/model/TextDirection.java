package org.smallwins.model;

import java.util.Locale;
import java.util.Set;

/** Which way a language's text runs: "rtl" or "ltr", for the {@code dir} of the writer's text. */
public final class TextDirection {
    /** Scripts written right to left: Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya. */
    private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc",
            "Nkoo", "Adlm", "Rohg");
    /** Languages whose usual script is one of those (Java reads "iw" and "ji" as "he" and "yi"). */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa",
            "he", "ks", "mzn", "nqo", "ps", "sd", "syr", "ug", "ur", "yi");

    private TextDirection() {
    }

    /**
     * "rtl" for a locale whose text runs right to left, else "ltr". Without {@code dir="rtl"} an
     * Arabic or Hebrew entry was laid out left to right, its full stops and brackets at the wrong end.
     * A script subtag decides first ("az-Arab" is right to left, "ku-Latn" not), then the language.
     */
    public static String of(Locale locale) {
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return RTL_SCRIPTS.contains(script) ? "rtl" : "ltr";
        }
        return RTL_LANGUAGES.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }
}
