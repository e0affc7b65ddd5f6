package io.pathfinder.catalog.view;

/** A catalogue entry with the version its ETag and If-Match refer to. */
public record Versioned<T>(T value, long version) {
}
