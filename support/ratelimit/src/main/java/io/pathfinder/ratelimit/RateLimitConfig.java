package io.pathfinder.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The quotas of each client class, with overrides per tenant, e.g.
 * {@code pathfinder.rate-limit.submissions.per-minute=120} and
 * {@code pathfinder.rate-limit.tenants."acme".submissions.per-minute=600}. The defaults are in this
 * module's {@code META-INF/microprofile-config.properties}, which a service's own properties override.
 */
@ConfigMapping(prefix = "pathfinder.rate-limit")
public interface RateLimitConfig {

    /** Off, no call is counted and no RateLimit-* header is sent. */
    @WithDefault("true")
    boolean enabled();

    /** POST /assessments, per tenant. */
    Quota submissions();

    /** GET and HEAD with a token, per tenant. */
    Quota reads();

    /** Every other call with a token (catalogue POST, PUT, DELETE; assessment DELETE and what-if), per tenant. */
    Quota writes();

    /** Calls without a token (catalogue reads, the questionnaire), per client address. */
    @WithName("public-reads")
    Quota publicReads();

    /** Per-tenant quotas that replace the defaults above, by tenant (or, for tokens without one, by subject). */
    Map<String, TenantQuotas> tenants();

    /** How often each instance deletes the buckets that have been full again for a while. */
    @WithDefault("PT5M")
    Duration cleanupInterval();

    interface Quota {
        /** Calls a client may make in a minute; unused calls do not accumulate beyond it. */
        @WithName("per-minute")
        int perMinute();
    }

    interface TenantQuotas {
        Optional<Quota> submissions();

        Optional<Quota> reads();

        Optional<Quota> writes();
    }
}
