package org.smallwins.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.smallwins.problem.Problem;

/**
 * Pages as the preview shows them: a built page with the live-reload script added, and the problems
 * of a failed build over it; or, before any build succeeded, a page of the problems alone. What is
 * added comes from the build alone, never from the request, so a build's pages are the same for
 * every request (and are made once, see {@link SentFiles}).
 */
final class PreviewPages {
    private PreviewPages() {
    }

    /** Adds the live-reload script, and the problems of a failed build, to a page being previewed. */
    static byte[] decorate(byte[] page, Snapshot snapshot) {
        String html = new String(page, StandardCharsets.UTF_8);
        String banner = snapshot.failing() ? problemBanner(snapshot.problems(), true) : "";
        int bodyStart = html.indexOf("<body");
        int bodyOpenEnd = bodyStart < 0 ? -1 : html.indexOf('>', bodyStart);
        if (bodyOpenEnd >= 0 && !banner.isEmpty()) {
            html = html.substring(0, bodyOpenEnd + 1) + banner + html.substring(bodyOpenEnd + 1);
        }
        int bodyEnd = html.lastIndexOf("</body>");
        html = bodyEnd < 0 ? html + LiveReload.SCRIPT : html.substring(0, bodyEnd) + LiveReload.SCRIPT + html.substring(bodyEnd);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The page shown while no build has succeeded yet: the problems, and the script that reloads once one does. */
    static byte[] problemPage(List<Problem> problems) {
        String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Problems to fix</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                + problemBanner(problems, false) + LiveReload.SCRIPT + "</body></html>";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code lastGood}: shown over pages of the last build that succeeded (else there was none yet). */
    private static String problemBanner(List<Problem> problems, boolean lastGood) {
        StringBuilder out = new StringBuilder("<div id=\"smallwins-problems\" role=\"alert\" style=\"position:sticky;top:0;"
                + "z-index:9999;margin:0;padding:1rem 1.25rem;background:#fff7e0;color:#3b2f12;border-bottom:2px solid #d9b45a;"
                + "font:14px/1.5 system-ui,sans-serif\"><strong>Something in the journal needs a look</strong> "
                + (lastGood ? "(these pages are from the last good build)" : "(the site is shown once it builds)")
                + ":<ul style=\"margin:.5rem 0 0;padding-left:1.25rem\">");
        for (Problem problem : problems) {
            out.append("<li><code>").append(escape(problem.toString())).append("</code></li>");
        }
        return out.append("</ul></div>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
