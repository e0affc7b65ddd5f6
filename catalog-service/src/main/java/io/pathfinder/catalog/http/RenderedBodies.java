package io.pathfinder.catalog.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.catalog.view.CatalogView;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Read bodies of each catalogue's current view, rendered the first time they are asked for and reused until
 * that view changes: a view never changes, so neither do the bytes of anything read from it.
 */
@ApplicationScoped
public class RenderedBodies {

    /** Bounds the bodies kept per view: list filters (free-text search among them) could otherwise grow it without end. */
    static final int MAX_PER_VIEW = 512;

    private final ObjectMapper mapper;
    /** By catalogue: the bodies of its newest view asked for. */
    private final Map<String, ForView> current = new ConcurrentHashMap<>();

    public RenderedBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private record ForView(CatalogView view, Map<Object, RenderedBody> bodies) {
    }

    /** The body read from view under key (the same key means the same body within a view). */
    public RenderedBody of(CatalogView view, Object key, Supplier<?> body) {
        ForView rendered = current.get(view.catalog());
        if (rendered == null || rendered.view() != view) {
            rendered = current.compute(view.catalog(), (catalog, held) -> held == null || isNewer(view, held.view())
                    ? new ForView(view, new ConcurrentHashMap<>()) : held);
        }
        if (rendered.view() != view || rendered.bodies().size() >= MAX_PER_VIEW) {
            return render(body.get());
        }
        return rendered.bodies().computeIfAbsent(key, ignored -> render(body.get()));
    }

    /** Another view of the catalogue than the one held, and not an older one (a slow reader's). */
    private static boolean isNewer(CatalogView view, CatalogView held) {
        return view != held && view.version() >= held.version();
    }

    private RenderedBody render(Object body) {
        try {
            byte[] json = mapper.writeValueAsBytes(body);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(json.length / 4 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
                gzip.write(json);
            }
            return new RenderedBody(json, compressed.toByteArray());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + body.getClass().getSimpleName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
