/**
 * Privacy on any static host: encrypts a built site with a password, as one Site-to-Site step after
 * rendering, so the build, the preview server and the Maven plugin all publish the same sealed pages.
 * See docs/privacy.md for the threat model.
 */
package org.smallwins.privacy;
