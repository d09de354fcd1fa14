/** Reads a journal folder: walks content/, splits front matter, reads YAML safely with line numbers. */
package org.smallwins.load;
