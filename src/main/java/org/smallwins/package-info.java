/**
 * The library's front door: {@link org.smallwins.Smallwins} builds ({@code build}), renders in
 * memory ({@code render}) or only reads ({@code read}) the journal a
 * {@link org.smallwins.BuildRequest} names, and returns a {@link org.smallwins.BuildResult}.
 * Problems in the journal come as an {@link org.smallwins.problem.JournalException} listing every
 * {@link org.smallwins.problem.Problem} (file, line, field, message); the core never prints, never
 * ends the program, shares nothing between instances that changes what they make, and reads no
 * environment variable but the two
 * {@link org.smallwins.Smallwins} names. {@code problems} lists what a build would report, for
 * {@code check}, without throwing. The subpackages
 * {@code config}, {@code load}, {@code model}, {@code insight}, {@code markdown}, {@code render},
 * {@code site}, {@code privacy} and {@code write} are the pipeline's steps; {@code problem},
 * {@code parallel}, {@code check} and {@code scaffold} (init, new) serve them or sit beside them;
 * {@code cli}, {@code maven} and {@code serve} are edges that call the core, and nothing else calls them.
 */
package org.smallwins;
