/** Work spread over every core in small batches, for the build's steps that do the same thing per entry, page or file. */
package org.smallwins.parallel;
