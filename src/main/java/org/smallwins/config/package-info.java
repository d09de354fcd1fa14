/** Reads journal.yml strictly: a typo in a setting is an error, not a silent default. */
package org.smallwins.config;
