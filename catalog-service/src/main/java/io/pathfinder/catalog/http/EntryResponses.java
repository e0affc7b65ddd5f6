package io.pathfinder.catalog.http;

import io.pathfinder.catalog.entry.Preconditions;
import io.pathfinder.catalog.view.Versioned;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Responses that carry one catalogue entry, tagged with its version for If-Match and If-None-Match. */
public final class EntryResponses {

    private EntryResponses() {
    }

    /** A read: the entry's body as rendered once for the current view. */
    public static Response read(RenderedBody body, Versioned<?> entry) {
        return Response.ok(body).tag(Preconditions.entityTag(entry.version())).build();
    }

    public static Response ok(Versioned<?> entry) {
        return Response.ok(entry.value()).tag(Preconditions.entityTag(entry.version())).build();
    }

    /** Created in the catalogue the request named, which its location names too (none: the curated one). */
    public static Response created(String collection, String slug, String catalog, Versioned<?> entry) {
        return Response.created(URI.create("/" + collection + "/" + slug + (catalog == null ? "" : "?catalog=" + catalog)))
                .tag(Preconditions.entityTag(entry.version())).entity(entry.value()).build();
    }
}
