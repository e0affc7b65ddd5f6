package io.pathfinder.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Token buckets kept in the service's {@code rate_limit_buckets} table: each call locks its bucket's row
 * for the moment it takes to count it, so all instances of a service share one quota per bucket.
 * A bucket refills its quota evenly over a minute and holds at most one minute's worth.
 */
@Singleton
public class RateLimiter {

    static final String TABLE = "rate_limit_buckets";
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** How long a bucket stays after it is full again; a full bucket is the same as none. */
    private static final Duration KEEP_WHEN_FULL = Duration.ofMinutes(1);
    private static final int CLEANUP_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private ScheduledExecutorService cleaner;

    public RateLimiter(DataSource dataSource) {
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_WHEN_FULL))
                .build();
    }

    /**
     * Takes one call from the bucket {@code key}. The quota is part of the bucket's identity, so a changed
     * quota starts a fresh bucket rather than reinterpreting the old one's state.
     */
    public Decision consume(String key, int perMinute) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
                .build();
        return Decision.of(perMinute, buckets.builder()
                .build(key + "/" + perMinute, () -> configuration)
                .tryConsumeAndReturnRemaining(1));
    }

    void startCleaning(@Observes StartupEvent started, RateLimitConfig config) {
        if (!config.enabled()) {
            return;
        }
        cleaner = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rate-limit-cleaner");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.cleanupInterval().toMillis();
        cleaner.scheduleWithFixedDelay(this::removeExpired, every, every, TimeUnit.MILLISECONDS);
    }

    void stopCleaning(@Observes ShutdownEvent stopping) {
        if (cleaner != null) {
            cleaner.shutdownNow();
        }
    }

    private void removeExpired() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(CLEANUP_BATCH);
            } while (removed == CLEANUP_BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("Could not remove expired rate-limit buckets, trying again later: %s", e.getMessage());
        }
    }
}
