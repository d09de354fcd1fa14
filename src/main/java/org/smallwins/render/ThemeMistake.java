package org.smallwins.render;

import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smallwins.problem.Spelling;

/**
 * What a theme author is told of a template that failed while rendering, where FreeMarker's own
 * words would not help: a refused ?api or ?new (FreeMarker names a setting no journal can change),
 * and a key misspelt in a hash of the model (FreeMarker says only that it is missing).
 */
final class ThemeMistake {
    private ThemeMistake() {
    }

    /** What to say of a refused ?api or ?new, or null when {@code e} is something else. */
    static String refusal(TemplateException e) {
        String message = e.getMessageWithoutStackTop();
        if (message == null) {
            return null;
        }
        String where = e.getBlamedExpressionString() == null ? "" : " (" + e.getBlamedExpressionString() + ")";
        if (message.contains("api_builtin_enabled")) {
            return "?api is refused" + where + ": templates get data, not Java objects. Use the variables"
                    + " docs/theme-model.md lists instead.";
        }
        if (message.contains("is not allowed in the template for security reasons")) {
            // FreeMarker blames no expression here, but names the class asked for.
            Matcher made = Pattern.compile("Instantiating (\\S+) is not allowed").matcher(message);
            return "?new is refused" + (made.find() ? " (" + made.group(1) + ")" : where) + ": templates cannot make"
                    + " Java objects. Use the variables docs/theme-model.md lists, and macros or functions of your own,"
                    + " instead.";
        }
        return null;
    }

    /**
     * For a missing {@code lib.name} in a built-in template, where {@code lib} is a library the
     * journal's theme replaces (its own layout.ftlh) without that macro or function: what to define,
     * or which template to replace too. Else "". A theme of one's own falls back to the built-in
     * page templates, and they call the built-in layout's macros.
     */
    static String replacedLibrary(Theme theme, TemplateException e) {
        String expression = e.getBlamedExpressionString();
        Environment env = e.getEnvironment();
        String failedIn = e.getTemplateSourceName();
        if (!(e instanceof InvalidReferenceException) || expression == null || env == null || failedIn == null
                || !expression.matches("[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*")
                || !theme.describe(failedIn).startsWith("(built-in theme)")) {
            return "";
        }
        try {
            if (!(env.getVariable(expression.substring(0, expression.indexOf('.'))) instanceof Environment.Namespace lib)
                    || lib.getTemplate() == null) {
                return "";
            }
            String library = lib.getTemplate().getSourceName();
            String file = theme.describe(library);
            if (file.startsWith("(built-in theme)")) {
                return "";
            }
            String name = expression.substring(expression.indexOf('.') + 1);
            return " The built-in " + failedIn + " calls " + name + " from " + library + ", which " + file
                    + " replaces without it. Define " + name + " there (docs/theme-model.md lists what the built-in"
                    + " templates call), or replace " + failedIn + " too.";
        } catch (TemplateModelException | RuntimeException lookup) {
            return "";
        }
    }

    /**
     * Suggestions worked out where a template failed, while the loop's variables ({@code <#list ... as x>})
     * are still there to look in: once the error has left the loop, they are gone. Weak, so a failure
     * never read (inside {@code <#attempt>}) is not kept.
     */
    private static final Map<TemplateException, String> SUGGESTED = Collections.synchronizedMap(new WeakHashMap<>());

    /** Rethrows as FreeMarker's RETHROW_HANDLER does, having first noted what {@link #nearKey} will say. */
    static final TemplateExceptionHandler NOTING_NEAR_KEYS = (e, env, out) -> {
        SUGGESTED.putIfAbsent(e, suggestion(e, env));
        throw e;
    };

    /**
     * For a missing {@code hash.key} whose hash has a key spelt almost the same, " Did you mean
     * hash.name?"; for a missing variable with a name spelt almost like one the template can see (the
     * model's, its own, a loop's), " Did you mean name?"; else "". Loop variables are found only when
     * {@link #NOTING_NEAR_KEYS} handled the failure.
     */
    static String nearKey(TemplateException e) {
        String noted = SUGGESTED.get(e);
        return noted != null ? noted : suggestion(e, e.getEnvironment());
    }

    private static String suggestion(TemplateException e, Environment env) {
        String expression = e.getBlamedExpressionString();
        if (!(e instanceof InvalidReferenceException) || expression == null || env == null) {
            return "";
        }
        try {
            if (expression.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                String best = closest(expression, env.getKnownVariableNames());
                return best == null ? "" : " Did you mean " + best + "?";
            }
            if (!expression.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+")) {
                return "";
            }
            String[] parts = expression.split("\\.");
            TemplateModel value = env.getVariable(parts[0]);
            for (int i = 1; i < parts.length - 1 && value != null; i++) {
                value = value instanceof TemplateHashModel hash ? hash.get(parts[i]) : null;
            }
            if (!(value instanceof TemplateHashModelEx hash)) {
                return "";
            }
            Set<String> keys = new HashSet<>();
            for (TemplateModelIterator names = hash.keys().iterator(); names.hasNext(); ) {
                if (names.next() instanceof TemplateScalarModel name) {
                    keys.add(name.getAsString());
                }
            }
            String best = closest(parts[parts.length - 1], keys);
            return best == null ? "" : " Did you mean " + expression.substring(0, expression.lastIndexOf('.') + 1)
                    + best + "?";
        } catch (TemplateModelException | RuntimeException lookup) {
            return "";
        }
    }

    /** The name in {@code known} spelt nearest {@code missing}, or null when none is near enough to be a typo. */
    private static String closest(String missing, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : new TreeSet<>(known)) {
            int distance = Spelling.distance(missing.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (!name.equals(missing) && distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        // A name two letters off a short one is as likely another word as a typo; one letter off a
        // name of one or two ("y" for "x") is another name.
        int near = missing.length() <= 2 ? 0 : missing.length() <= 4 ? 1 : 2;
        return best == null || bestDistance > near ? null : best;
    }
}
