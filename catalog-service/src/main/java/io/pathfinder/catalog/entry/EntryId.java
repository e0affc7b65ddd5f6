package io.pathfinder.catalog.entry;

/** The key of a stored entry: a slug is unique within its catalogue only. */
public record EntryId(String catalog, String slug) {
}
