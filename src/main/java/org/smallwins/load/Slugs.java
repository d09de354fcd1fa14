package org.smallwins.load;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns titles and names into URL parts. Accents on Latin, Greek and Cyrillic letters are dropped
 * ("café" becomes "cafe"), and Latin letters with none to drop are spelt plainly ("Straße" becomes
 * "strasse", "ılık" "ilik"); other scripts are kept as written, marks included. The result only ever
 * holds letters, marks, digits and '-', so it cannot name a parent folder or leave the output folder.
 */
public final class Slugs {
    static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /**
     * Tags are slugified for every entry on every page plan; a journal has few distinct tags, so
     * short texts are remembered (bounded, so odd input cannot grow it without limit).
     */
    private static final ConcurrentHashMap<String, String> SHORT = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 4096;

    /** "Tea with Ana, café!" becomes "tea-with-ana-cafe"; "" when nothing usable is left. */
    public static String slugify(String text) {
        if (text.length() > 40) {
            return compute(text);
        }
        String known = SHORT.get(text);
        if (known != null) {
            return known;
        }
        String slug = compute(text);
        if (SHORT.size() < REMEMBERED) {
            SHORT.put(text, slug);
        }
        return slug;
    }

    /**
     * As {@link #slugify}, for text slugified once per entry (titles, file names): not remembered, so
     * a journal of thousands of titles does not crowd its tags out of the memory.
     */
    public static String slugifyOnce(String text) {
        return compute(text);
    }

    private static String compute(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return computeAnyText(text);
            }
        }
        return computeAscii(text);
    }

    /**
     * What {@link #computeAnyText} makes of ASCII text, without the normalizing and Unicode tables
     * the rest needs (both cost more than the loop: most titles and file names are ASCII): letters
     * and digits kept, small; every other run of chars one dash between them.
     */
    static String computeAscii(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                boolean withDash = dash && out.length() > 0;
                if (out.length() + (withDash ? 2 : 1) > MAX_LENGTH) {
                    break;
                }
                if (withDash) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    /**
     * The plain letters for a Latin letter that has no accent to drop, as these languages spell them
     * without their own: Turkish "ı" is "i" (so "Iğdır" and "ığdır" are one tag, as "I" lower-cases to
     * "i"), German "ß" is "ss", and so on; null for any other letter. Search folds them alike, so a
     * word is found however it is typed.
     */
    public static String plainLatin(int c) {
        return switch (c) {
            case 'ı' -> "i";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ł' -> "l";
            case 'þ' -> "th";
            case 'ħ' -> "h";
            case 'ŧ' -> "t";
            default -> null;
        };
    }

    static String computeAnyText(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        UnicodeScript previous = null;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (mark) {
                // An accent on a European letter goes; a vowel sign in Devanagari is part of the word.
                if (previous != null && !isAccentedScript(previous) && out.length() > 0 && !dash) {
                    out.appendCodePoint(c);
                }
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                String plain = plainLatin(c);
                int needed = (plain != null ? plain.length() : Character.charCount(c)) + (dash && out.length() > 0 ? 1 : 0);
                if (out.length() + needed > MAX_LENGTH) {
                    break;
                }
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                if (plain != null) {
                    out.append(plain);
                } else {
                    out.appendCodePoint(c);
                }
                previous = UnicodeScript.of(c);
                dash = false;
            } else {
                dash = true;
                previous = null;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isAccentedScript(UnicodeScript script) {
        return script == UnicodeScript.LATIN || script == UnicodeScript.GREEK || script == UnicodeScript.CYRILLIC
                || script == UnicodeScript.COMMON;
    }

    /** "first-walk_outside" becomes "First walk outside": a readable title from a file name. */
    public static String titleFromName(String name) {
        String words = name.replace('-', ' ').replace('_', ' ').trim().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            return "Untitled";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
