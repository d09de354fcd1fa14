/** The smallwins command line: a thin edge that parses options and calls the core. */
package org.smallwins.cli;
