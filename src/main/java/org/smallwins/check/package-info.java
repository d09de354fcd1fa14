/**
 * {@code smallwins check}: validates a journal without writing a site (front matter, dates, URLs,
 * goal ids, links and images), and describes the front matter as a JSON Schema for editors.
 */
package org.smallwins.check;
