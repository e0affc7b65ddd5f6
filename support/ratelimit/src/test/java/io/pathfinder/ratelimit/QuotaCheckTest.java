package io.pathfinder.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QuotaCheckTest {

    private static final String ACME = "pathfinder.rate-limit.tenants.\"acme\".";

    @Test
    void theModulesDefaultsHaveNoBurstSoABucketHoldsAMinutesCalls() throws IOException {
        RateLimitConfig config = config(Map.of());

        QuotaCheck.check(config);
        assertEquals(OptionalInt.empty(), config.submissions().burst());
        assertEquals(120, config.submissions().capacity());
        assertEquals(600, config.publicReads().capacity());
    }

    @Test
    void aBurstIsTheCapacityOfAClassOrOfATenantsOwnQuota() throws IOException {
        RateLimitConfig config = config(Map.of(
                "pathfinder.rate-limit.submissions.burst", "20",
                ACME + "submissions.per-minute", "600",
                ACME + "submissions.burst", "100",
                ACME + "reads.per-minute", "60"));

        QuotaCheck.check(config);
        assertEquals(20, config.submissions().capacity());
        assertEquals(120, config.submissions().perMinute());
        RateLimitConfig.TenantQuotas acme = config.tenants().get("acme");
        assertEquals(100, acme.submissions().orElseThrow().capacity());
        // A tenant's quota replaces the class's whole: without a burst of its own, it holds a minute's calls.
        assertEquals(60, acme.reads().orElseThrow().capacity());
        assertFalse(acme.writes().isPresent());
    }

    @Test
    void aBurstCanBeSetInTheEnvironment() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of(
                        "PATHFINDER_RATE_LIMIT_SUBMISSIONS_PER_MINUTE", "600",
                        "PATHFINDER_RATE_LIMIT_SUBMISSIONS_BURST", "100",
                        "PATHFINDER_RATE_LIMIT_READS_PER_MINUTE", "1200",
                        "PATHFINDER_RATE_LIMIT_WRITES_PER_MINUTE", "120",
                        "PATHFINDER_RATE_LIMIT_PUBLIC_READS_PER_MINUTE", "600",
                        "PATHFINDER_RATE_LIMIT_PUBLIC_READS_BURST", "60"), 300))
                .withMapping(RateLimitConfig.class)
                .build();
        RateLimitConfig rateLimits = config.getConfigMapping(RateLimitConfig.class);

        assertEquals(100, rateLimits.submissions().capacity());
        assertEquals(60, rateLimits.publicReads().capacity());
        assertEquals(1200, rateLimits.reads().capacity());
    }

    @Test
    void aBurstBeyondItsQuotaOrBelowOneIsRefusedNamingEachSetting() throws IOException {
        RateLimitConfig config = config(Map.of(
                "pathfinder.rate-limit.submissions.burst", "121",
                ACME + "writes.per-minute", "10",
                ACME + "writes.burst", "0"));

        String message = assertThrows(IllegalStateException.class, () -> QuotaCheck.check(config)).getMessage();
        assertTrue(message.contains("pathfinder.rate-limit.submissions.burst is 121, it must be from 1 to its per-minute quota, 120"),
                message);
        assertTrue(message.contains(ACME + "writes.burst is 0, it must be from 1 to its per-minute quota, 10"), message);
    }

    @Test
    void aQuotaOfNoCallsIsRefused() throws IOException {
        RateLimitConfig config = config(Map.of("pathfinder.rate-limit.reads.per-minute", "0"));

        String message = assertThrows(IllegalStateException.class, () -> QuotaCheck.check(config)).getMessage();
        assertTrue(message.contains("pathfinder.rate-limit.reads.per-minute is 0, it must be at least 1"), message);
    }

    /** The module's defaults with {@code properties} over them, as a service's own properties are. */
    private static RateLimitConfig config(Map<String, String> properties) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        QuotaCheckTest.class.getResource("/META-INF/microprofile-config.properties"), 100))
                .withSources(new PropertiesConfigSource(properties, "test", 200))
                .withMapping(RateLimitConfig.class)
                .build();
        return config.getConfigMapping(RateLimitConfig.class);
    }
}
