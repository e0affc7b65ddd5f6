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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Read bodies of the current catalogue view, rendered the first time they are asked for and reused until
 * the view changes: a view never changes, so neither do the bytes of anything read from it.
 */
@ApplicationScoped
public class RenderedBodies {

    /** Bounds the bodies kept per view: list filters (free-text search among them) could otherwise grow it without end. */
    static final int MAX_PER_VIEW = 512;

    private final ObjectMapper mapper;
    private final AtomicReference<ForView> current = new AtomicReference<>(new ForView(null, Map.of()));

    public RenderedBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private record ForView(CatalogView view, Map<Object, RenderedBody> bodies) {
    }

    /** The body read from view under key (the same key means the same body within a view). */
    public RenderedBody of(CatalogView view, Object key, Supplier<?> body) {
        ForView rendered = current.updateAndGet(held -> held.view() == view || isOlder(view, held.view())
                ? held : new ForView(view, new ConcurrentHashMap<>()));
        if (rendered.view() != view || rendered.bodies().size() >= MAX_PER_VIEW) {
            return render(body.get());
        }
        return rendered.bodies().computeIfAbsent(key, ignored -> render(body.get()));
    }

    private static boolean isOlder(CatalogView view, CatalogView held) {
        return held != null && view.version() < held.version();
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
