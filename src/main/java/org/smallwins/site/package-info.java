/** A built site held in memory: every output file with its bytes, before anything touches the disk. */
package org.smallwins.site;
