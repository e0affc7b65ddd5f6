package io.pathfinder.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.problems.Problems;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.security.Principal;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts every API call against its caller's quota before the resource sees it: a call over the quota
 * gets 429 with a problem document and {@code Retry-After}; every counted response carries the
 * {@code RateLimit-*} headers. The caller is the token's {@code tenant} claim (its subject for tokens
 * without one, as catalogue administrators' are), or the client address for calls without a valid token.
 */
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    private static final String DECISION = Decision.class.getName();

    private final RateLimiter limiter;
    private final RateLimitConfig config;
    private final CurrentIdentityAssociation identities;
    private final Map<ClientClass, Counter> refusals = new EnumMap<>(ClientClass.class);

    RateLimitFilter(RateLimiter limiter, RateLimitConfig config, CurrentIdentityAssociation identities,
            MeterRegistry meters) {
        this.limiter = limiter;
        this.config = config;
        this.identities = identities;
        for (ClientClass clientClass : ClientClass.values()) {
            refusals.put(clientClass, Counter.builder("pathfinder.rate.limited")
                    .description("Calls refused with 429, by client class")
                    .tag("class", clientClass.configName()).register(meters));
        }
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        // A call without a token has no identity to resolve: its caller is its address. With a token, a bad
        // one is the resource's to refuse (401); here it only means the caller is unknown.
        Uni<SecurityIdentity> caller = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                ? Uni.createFrom().nullItem()
                : identities.getDeferredIdentity().onFailure().recoverWithNull();
        return caller.chain(identity -> count(request, call(request, http, identity)));
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof Decision decision) {
            decision.headers().forEach(response.getHeaders()::putSingle);
        }
    }

    /** The bucket a call counts against, and its quota. */
    private record Call(ClientClass clientClass, String bucket, RateLimitConfig.Quota quota) {
    }

    private Call call(ContainerRequestContext request, HttpServerRequest http, SecurityIdentity identity) {
        String caller = caller(identity);
        ClientClass clientClass = ClientClass.of(request.getMethod(), request.getUriInfo().getPath(), caller != null);
        String key = caller != null ? caller : clientAddress(http);
        return new Call(clientClass, clientClass.configName() + ":" + key, quota(clientClass, caller));
    }

    private Uni<Response> count(ContainerRequestContext request, Call call) {
        // Most calls, and every call of a caller over its quota, are decided from what this instance holds: a
        // flood of refused calls costs no thread switch and no database round trip.
        Decision held = limiter.consumeHeld(call.bucket(), call.quota().perMinute(), call.quota().capacity());
        if (held != null) {
            return Uni.createFrom().item(answer(request, call, held));
        }
        Uni<Response> asked = Uni.createFrom().item(() -> askShared(request, call));
        // The shared bucket lives in the database: never wait for it on the event loop.
        return BlockingOperationControl.isBlockingAllowed()
                ? asked
                : asked.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Response askShared(ContainerRequestContext request, Call call) {
        Decision decision;
        try {
            decision = limiter.consume(call.bucket(), call.quota().perMinute(), call.quota().capacity());
        } catch (RuntimeException e) {
            // Losing the database must not take the whole API down with it: count nothing until it is back.
            LOG.warnf("Rate limit not applied, the buckets are unavailable: %s", e.getMessage());
            return null;
        }
        return answer(request, call, decision);
    }

    private Response answer(ContainerRequestContext request, Call call, Decision decision) {
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        refusals.get(call.clientClass()).increment();
        return tooManyRequests(call.clientClass(), call.quota(), decision);
    }

    private RateLimitConfig.Quota quota(ClientClass clientClass, String caller) {
        RateLimitConfig.TenantQuotas overrides = caller == null ? null : config.tenants().get(caller);
        return switch (clientClass) {
            case SUBMISSIONS -> overrides == null ? config.submissions() : overrides.submissions().orElse(config.submissions());
            case READS -> overrides == null ? config.reads() : overrides.reads().orElse(config.reads());
            case WRITES -> overrides == null ? config.writes() : overrides.writes().orElse(config.writes());
            case PUBLIC_READS -> config.publicReads();
        };
    }

    private static String caller(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            String tenant = token.getClaim("tenant");
            if (tenant != null && !tenant.isBlank()) {
                return tenant;
            }
        }
        return principal.getName();
    }

    /** The peer's address, or the client's as a trusted proxy forwarded it (see quarkus.http.proxy.*). */
    private static String clientAddress(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    private static Response tooManyRequests(ClientClass clientClass, RateLimitConfig.Quota quota, Decision decision) {
        // With a burst smaller than the quota, a caller is refused before a minute's calls have passed: say why.
        String burst = quota.capacity() < quota.perMinute() ? ", at most " + quota.capacity() + " at once," : "";
        Response.ResponseBuilder response = Response.fromResponse(Problems.response(Problems.document(
                ProblemType.TOO_MANY_REQUESTS, "The quota of " + decision.limit() + " " + clientClass.configName()
                        + " a minute" + burst + " is used up; retry in " + decision.retryAfterSeconds() + " s.")))
                .header("Retry-After", decision.retryAfterSeconds());
        decision.headers().forEach(response::header);
        return response.build();
    }
}
