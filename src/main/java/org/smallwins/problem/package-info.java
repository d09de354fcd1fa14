/** Problems found in a journal: collected across a whole run, sorted, then reported together. */
package org.smallwins.problem;
