/**
 * A built site: every output file with its path, and its bytes while they are held in memory. A first
 * build hands each page to the disk as it is rendered (see write.StagedSite); such a file keeps no
 * bytes here.
 */
package org.smallwins.site;
