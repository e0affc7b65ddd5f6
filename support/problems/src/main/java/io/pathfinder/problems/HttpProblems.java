package io.pathfinder.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.contracts.model.Problem;
import io.pathfinder.contracts.model.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Problem documents for what is refused before a JAX-RS resource is chosen, or fails outside one: a URI
 * or body over the limits, a path no route serves, and any failure the HTTP layer sees (a static file's
 * unsatisfiable range, a bug in a route). Quarkus and Vert.x would otherwise answer these with an empty
 * body or a page of their own.
 */
@Singleton
public class HttpProblems {

    /** The longest request URI the services take; Vert.x reads request lines of up to 64 KiB (microprofile-config.properties). */
    static final int MAX_URI_LENGTH = 4096;
    /** Runs after the CORS filter (priority 300), so a browser can read the problem, and before Quarkus reads a body. */
    private static final int LIMITS_PRIORITY = 200;
    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private final long maxBodyBytes;
    private final ObjectMapper json;

    HttpProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void limits(@Observes Filters filters) {
        filters.register(this::refuseOverLimits, LIMITS_PRIORITY);
    }

    void failures(@Observes Router router) {
        // Ahead of Quarkus's own failure handler, which the router runs last.
        router.route().failureHandler(this::failed);
        router.errorHandler(404, this::notFound);
    }

    private void refuseOverLimits(RoutingContext context) {
        if (context.request().uri().length() > MAX_URI_LENGTH) {
            respond(context, Problems.document(ProblemType.URI_TOO_LONG,
                    "The request URI is longer than the " + MAX_URI_LENGTH + " characters this service accepts."));
        } else if (declaredLength(context) > maxBodyBytes) {
            // The rest of the body may still be on its way: close the connection once the answer is out.
            context.response().endHandler(ignored -> context.request().connection().close());
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            respond(context, Problems.document(ProblemType.CONTENT_TOO_LARGE,
                    "The request body is larger than the " + maxBodyBytes / 1024 + " KiB this service accepts."));
        } else {
            context.next();
        }
    }

    private void notFound(RoutingContext context) {
        respond(context, Problems.document(ProblemType.NOT_FOUND, "There is no resource at this path."));
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            // Too late for a document: Quarkus's handler ends what it can.
            context.next();
            return;
        }
        int status = context.statusCode() == -1 ? 500 : context.statusCode();
        if (status >= 500) {
            // Logged here; nothing of it goes to the client.
            LOG.error("Unexpected failure", context.failure());
        }
        respond(context, Problems.document(status));
    }

    private void respond(RoutingContext context, Problem problem) {
        try {
            context.response().setStatusCode(problem.getStatus())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
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
