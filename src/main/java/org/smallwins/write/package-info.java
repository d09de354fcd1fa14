/** The only code that touches the output folder: checks it is ours, builds beside it, swaps it in. */
package org.smallwins.write;
