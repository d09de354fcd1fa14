/** The journal as immutable records: what was written, with no I/O and no rendering. */
package org.smallwins.model;
