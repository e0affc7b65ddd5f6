package io.pathfinder.catalog.http;

import io.pathfinder.catalog.entry.Preconditions;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Conditional GETs and caching for every resource: reads are public for a minute and answer 304 when
 * If-None-Match names the current ETag (weak comparison), whatever the encoding; writes are never stored.
 */
@Provider
public class CachingFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (!read) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        if (response.getStatus() != 200) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        // Compressed or not by the request's Accept-Encoding: a shared cache must keep the two apart.
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        EntityTag tag = response.getEntityTag();
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (tag != null && ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(Preconditions::opaque)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(tag.getValue()));
    }
}
