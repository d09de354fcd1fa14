package org.smallwins.render;

import java.util.Locale;
import org.smallwins.markdown.RenderedBody.RemoteLoad;
import org.smallwins.model.ContentPaths;

/**
 * What to say of something an entry's page would load from another site: why it matters, then what
 * to do, which depends on what it is. A picture can be saved in static/; a frame or a script cannot
 * be, and "write '/images/embed'" for a video player, or "/images/css" for a font's style sheet,
 * was advice no one could follow.
 */
final class RemoteLoadWarning {
    private RemoteLoadWarning() {
    }

    static String of(RemoteLoad load) {
        String url = load.url();
        String host = host(url);
        return "'" + url + "' " + why(load.kind(), host) + whatToDo(load.kind(), url, host);
    }

    /** What the other site learns, and when: as the page opens, or as the reader does something on it. */
    private static String why(RemoteLoad.Kind kind, String host) {
        return switch (kind) {
            case FORM -> "is where the form sends what is typed in it, so " + host + " learns that, who sent it"
                    + " and when; the rest of the site sends nothing anywhere. ";
            case PING -> "is told by the browser whenever the link is followed, so " + host + " learns who read the"
                    + " page and where they went; the rest of the site tells no one. ";
            default -> "is loaded from " + host + " whenever the page opens, so that site learns who read it, and"
                    + " when; the rest of the site loads nothing from elsewhere. ";
        };
    }

    private static String whatToDo(RemoteLoad.Kind kind, String url, String host) {
        return switch (kind) {
            case PICTURE -> "Save the file in static/images/ and write '/images/" + fileName(url, "picture.png")
                    + "', or make it a link.";
            case FRAME -> "Remove the frame, or make it a link to the page, like [Open it on " + host + "](" + url + ").";
            case SCRIPT -> "Remove the script; if it shows something worth keeping, make that a link to its page"
                    + " instead.";
            case STYLESHEET -> "Save the style sheet in static/css/ and link it as '/css/" + styleSheetName(url, host)
                    + "' (and any fonts it loads, in static/fonts/), or remove it to keep the site's own style.";
            case FONT -> "Save the font in static/fonts/ and write '/fonts/" + fileName(url, "font.woff2")
                    + "', or remove it to keep the site's own fonts.";
            case OBJECT -> "Remove it, or make it a link to the file, like [Open it on " + host + "](" + url + ").";
            case REFRESH -> "Remove the refresh, or make it a link to that page, like [Go on](" + url + ").";
            case BASE -> "Remove it: with it, every relative address of the page goes to " + host + ".";
            case FORM -> "Remove the form, or make it a link to that site, like [Open it on " + host + "](" + url + ").";
            case PING -> "Remove ping=\"" + url + "\" from the link: it goes to the same page without it.";
        };
    }

    /** A style sheet's name as saved: its own when it has one, else one that says what it is. */
    private static String styleSheetName(String url, String host) {
        String name = fileName(url, "");
        if (name.toLowerCase(Locale.ROOT).endsWith(".css")) {
            return name;
        }
        // fonts.googleapis.com/css2?family=...: a style sheet of fonts, named by no file.
        return host.toLowerCase(Locale.ROOT).startsWith("fonts.") ? "fonts.css" : "style.css";
    }

    /** The host of a web address ("pics.example.com"), for messages. */
    static String host(String url) {
        int start = url.indexOf("//") + 2;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return url.substring(start, end);
    }

    /** The last part of a web address's path ("a.png"), else {@code otherwise}, for messages. */
    static String fileName(String url, String otherwise) {
        String path = url.substring(Math.min(url.length(), url.indexOf("//") + 2 + host(url).length()));
        int cut = ContentPaths.pathEnd(path);
        path = path.substring(0, cut);
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? otherwise : name;
    }
}
