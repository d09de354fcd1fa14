/**
 * The library's front door: {@link org.smallwins.Smallwins} builds ({@code build}), renders in
 * memory ({@code render}) or only reads ({@code read}) the journal a
 * {@link org.smallwins.BuildRequest} names, and returns a {@link org.smallwins.BuildResult}.
 * Problems in the journal come as an {@link org.smallwins.problem.JournalException} listing every
 * {@link org.smallwins.problem.Problem} (file, line, field, message); the core never prints and never
 * ends the program. The subpackages are the pipeline's steps; {@code cli}, {@code maven} and
 * {@code serve} are edges that call it, and nothing else calls them.
 */
package org.smallwins;
