package org.smallwins;

import java.util.List;
import java.util.Map;
import org.smallwins.model.Journal;
import org.smallwins.problem.Problem;
import org.smallwins.site.Site;

/**
 * What a build made.
 *
 * @param journal   the journal as published
 * @param site      every output file; after a build into an output folder holding no site yet,
 *                  whose pages went to disk as they were rendered, a page's bytes are read back
 *                  from the output folder when asked for (see {@link org.smallwins.site.SiteFile#content()})
 * @param warnings  problems that did not stop the build
 * @param written   files written with new content (0 when only rendered)
 * @param unchanged files carried over from the previous build untouched
 * @param removed   files of the previous build that are gone
 * @param timings   milliseconds spent in each step, in order; a part of a step follows it, named
 *                  "step.part" (render.views, render.plan, render.pages)
 */
public record BuildResult(Journal journal, Site site, List<Problem> warnings, int written, int unchanged,
                          int removed, Map<String, Long> timings) {

    /** A step's name as a listing of timings shows it: a part indented under its step ("  views"). */
    public static String stepLabel(String step) {
        int dot = step.indexOf('.');
        return dot < 0 ? step : "  " + step.substring(dot + 1);
    }
}
