/**
 * The only code that writes into the output folder: checks it is ours, then either builds the first
 * site beside it and swaps it in (StagedSite), or updates a site of its own in place, writing only
 * what changed and removing only files it wrote itself (SiteWriter).
 */
package org.smallwins.write;
