package io.pathfinder.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The quotas of each client class, with overrides per tenant, e.g.
 * {@code pathfinder.rate-limit.submissions.per-minute=120} and
 * {@code pathfinder.rate-limit.tenants."acme".submissions.per-minute=600}. The defaults are in this
 * module's {@code META-INF/microprofile-config.properties}, which a service's own properties override.
 * {@link QuotaCheck} refuses to start with a quota a bucket cannot hold.
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

    /**
     * Per-tenant quotas that replace the defaults above, by tenant (or, for tokens without one, by subject).
     * A tenant's quota of a class replaces the default whole: its burst is its own per-minute quota unless
     * it gives one.
     */
    Map<String, TenantQuotas> tenants();

    /** How often each instance deletes the buckets that have been full again for a while. */
    @WithDefault("PT5M")
    Duration cleanupInterval();

    interface Quota {
        /** Calls a client may make in a minute, given back evenly over the minute. */
        @WithName("per-minute")
        int perMinute();

        /**
         * Calls a client may make at once after being idle, what its bucket holds: unused calls do not
         * accumulate beyond it. The per-minute quota when not given; a smaller one spreads a flooding
         * client's calls over the minute instead of passing a minute's worth in its first second.
         */
        OptionalInt burst();

        /** The burst, or the per-minute quota if none is given. */
        default int capacity() {
            return burst().orElse(perMinute());
        }
    }

    interface TenantQuotas {
        Optional<Quota> submissions();

        Optional<Quota> reads();

        Optional<Quota> writes();
    }
}
