package io.pathfinder.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import java.util.Map;

/**
 * The outcome of counting one call, in the terms of the IETF RateLimit header fields: the quota, what
 * is left of it, the seconds until it is full again and, for a refused call, until the next one can pass.
 */
public record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    static Decision of(int limit, ConsumptionProbe probe) {
        return new Decision(probe.isConsumed(), limit, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset. */
    public Map<String, String> headers() {
        return Map.of("RateLimit-Limit", Integer.toString(limit),
                "RateLimit-Remaining", Long.toString(remaining),
                "RateLimit-Reset", Long.toString(resetSeconds));
    }

    private static long seconds(long nanos) {
        return (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
    }
}
