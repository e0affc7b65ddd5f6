package io.pathfinder.catalog.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Sends a pre-rendered body as its stored gzip bytes when the request's Accept-Encoding allows gzip, as its
 * plain JSON otherwise. Other bodies are left to the HTTP layer's compression (quarkus.http.enable-compression).
 * Runs after the caching filter, so a 304 has no body left to encode.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class ContentEncodingFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof RenderedBody body)) {
            return;
        }
        if (acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setEntity(body.gzip(), response.getEntityAnnotations(), response.getMediaType());
        } else {
            response.setEntity(body.json(), response.getEntityAnnotations(), response.getMediaType());
        }
    }

    /** RFC 9110: gzip (or *) listed without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim();
            if ((name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.startsWith("q=")) {
                return parameter.substring(2).trim().matches("0(\\.0{0,3})?");
            }
        }
        return false;
    }
}
