package io.pathfinder.contracts.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers the contracts promise on every response of a Pathfinder service, whoever answers it (a
 * resource, an exception mapper, the CORS filter or Quarkus itself): {@code X-Content-Type-Options: nosniff};
 * {@code Strict-Transport-Security} when the request came over HTTPS, directly or through a trusted
 * proxy; and {@code Cache-Control: no-store} unless the response says it may be cached.
 */
@Singleton
public class HttpHardening {

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";
    /** Runs before the CORS filter (priority 300), so its answers carry the headers too. */
    private static final int HEADERS_PRIORITY = 1000;

    HttpHardening(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        requireTrustedProxies(forwarding, trustedProxies);
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
}
