package io.pathfinder.catalog.http;

/** A response body serialised once: its JSON bytes, and the same bytes gzip-compressed. */
public record RenderedBody(byte[] json, byte[] gzip) {
}
