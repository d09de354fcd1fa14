/**
 * The Smallwins Maven plugin: goals that are thin calls into the core ({@code smallwins:build},
 * {@code check}, {@code new}, {@code serve}, {@code stats} and the generated {@code smallwins:help}),
 * and the {@code site-gen} lifecycle that runs {@code build}. An edge like {@code cli}: only this
 * package and the other edges may use Maven's API.
 */
package org.smallwins.maven;
