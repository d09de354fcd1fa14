package org.smallwins.render;

import java.util.Map;

/**
 * A page to render: where it goes, which template draws it and the variables it gets (only those
 * particular to the page; {@link PageRenderer} adds the ones every page has).
 */
record Page(String path, String template, String kind, String title, String section, Map<String, Object> model) {
}
