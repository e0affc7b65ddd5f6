package io.pathfinder.ratelimit;

import java.util.Map;

/**
 * The outcome of counting one call, in the terms of the IETF RateLimit header fields: the quota a minute,
 * what the bucket has left (at most its burst), the seconds until the bucket is full again and, for a
 * refused call, until the next one can pass.
 */
public record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    static Decision allowed(int limit, long remaining, long nanosToReset) {
        return new Decision(true, limit, remaining, seconds(nanosToReset), 0);
    }

    static Decision refused(int limit, long nanosToReset, long nanosToRefill) {
        return new Decision(false, limit, 0, seconds(nanosToReset), Math.max(1, seconds(nanosToRefill)));
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
