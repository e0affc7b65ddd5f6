package io.pathfinder.contracts.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.contracts.model.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the contracts promise of every response of a Pathfinder service, whoever answers it (a resource,
 * an exception mapper, the CORS filter or Quarkus itself): {@code X-Content-Type-Options: nosniff};
 * {@code Strict-Transport-Security} when the request came over HTTPS, directly or through a trusted
 * proxy; {@code Cache-Control: no-store} unless the response says it may be cached; and an RFC 9457
 * problem document, not an empty page, for a body over {@code quarkus.http.limits.max-body-size}.
 */
@Singleton
public class HttpHardening {

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";
    /** Runs before the CORS filter (priority 300), so its answers carry the headers too. */
    private static final int HEADERS_PRIORITY = 1000;
    /** Runs after the CORS filter, so a browser can read the problem, and before Quarkus's own limit. */
    private static final int BODY_LIMIT_PRIORITY = 200;

    private final long maxBodyBytes;
    private final String tooLarge;

    HttpHardening(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies,
            ObjectMapper json) throws JsonProcessingException {
        requireTrustedProxies(forwarding, trustedProxies);
        maxBodyBytes = maxBodySize.asLongValue();
        Problem problem = new Problem("about:blank", "Content Too Large", 413)
                .detail("The request body is larger than the " + maxBodyBytes / 1024 + " KiB this service accepts.");
        problem.setErrors(null);
        tooLarge = json.writeValueAsString(problem);
    }

    /**
     * Forwarded headers say which scheme and client a request came from; trusting them from anyone would let
     * a client claim HTTPS or another address. Quarkus trusts every sender unless proxies are listed.
     */
    static void requireTrustedProxies(boolean forwarding, Optional<List<String>> trustedProxies) {
        if (forwarding && trustedProxies.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding is on but no proxy is trusted:"
                    + " set QUARKUS_HTTP_PROXY_TRUSTED_PROXIES to the addresses of the proxies in front of the service");
        }
    }

    void register(@Observes Filters filters) {
        filters.register(HttpHardening::secureHeaders, HEADERS_PRIORITY);
        filters.register(this::refuseOversizedBody, BODY_LIMIT_PRIORITY);
    }

    private static void secureHeaders(RoutingContext context) {
        boolean https = "https".equals(context.request().scheme());
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (https) {
                headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
            }
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
        context.next();
    }

    /** The same check as Quarkus's on Content-Length, answered with a problem document. */
    private void refuseOversizedBody(RoutingContext context) {
        if (declaredLength(context) <= maxBodyBytes) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        // The rest of the body may still be on its way: close the connection once the answer is out.
        response.endHandler(ignored -> context.request().connection().close());
        response.setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(tooLarge);
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
