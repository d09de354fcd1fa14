package org.smallwins.load;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns titles and names into URL parts. Accents are dropped ("café" becomes "cafe"), other
 * scripts are kept as letters; the result only ever holds letters, digits and '-', so it cannot
 * name a parent folder or leave the output folder.
 */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** "Tea with Ana, café!" becomes "tea-with-ana-cafe"; "" when nothing usable is left. */
    public static String slugify(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
            if (out.length() >= MAX_LENGTH) {
                break;
            }
        }
        String slug = out.toString();
        return slug.endsWith("-") ? slug.substring(0, slug.length() - 1) : slug;
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
