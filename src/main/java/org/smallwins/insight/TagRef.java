package org.smallwins.insight;

/**
 * A tag as the site knows it: {@code Walk} and {@code walk} are one tag, named as first written.
 *
 * @param name the tag as first written in the journal
 * @param slug the tag's name in addresses ({@code walk}), the same for every spelling of it
 * @param url the tag's page relative to the site root
 */
public record TagRef(String name, String slug, String url) {
}
