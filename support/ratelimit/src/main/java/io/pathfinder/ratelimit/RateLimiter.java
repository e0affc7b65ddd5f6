package io.pathfinder.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
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
 * Token buckets kept in the service's {@code rate_limit_buckets} table, so all instances of a service
 * share one quota per bucket. A bucket refills its quota evenly over a minute and holds at most one
 * minute's worth.
 *
 * <p>Writing every call to the table would make one busy bucket's row lock the limit of the whole
 * service, so each instance counts a busy bucket's calls locally and writes them together: once they
 * reach 1 % of the quota, or {@link #SYNC_INTERVAL} after the last write. Quotas under 100 a minute are
 * written on every call and so are exact; a larger one may let through up to 1 % of it more per instance.
 */
@Singleton
public class RateLimiter {

    static final String TABLE = "rate_limit_buckets";
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** How long a bucket stays after it is full again; a full bucket is the same as none. */
    private static final Duration KEEP_WHEN_FULL = Duration.ofMinutes(1);
    private static final int CLEANUP_BATCH = 1000;
    private static final Duration SYNC_INTERVAL = Duration.ofMillis(100);
    /** Buckets this instance counts locally; one left idle is written and let go, as is the least recent beyond this. */
    private static final int LOCAL_BUCKETS = 10_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Cache<String, BucketProxy> local = Caffeine.newBuilder()
            .maximumSize(LOCAL_BUCKETS)
            .expireAfterAccess(KEEP_WHEN_FULL)
            .removalListener((String id, BucketProxy bucket, RemovalCause cause) -> writeCounted(bucket))
            .build();
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
        BucketProxy bucket = local.get(key + "/" + perMinute, id -> {
            RemoteBucketBuilder<String> builder = buckets.builder();
            if (perMinute >= 100) {
                builder = builder.withOptimization(Optimizations.delaying(new DelayParameters(perMinute / 100, SYNC_INTERVAL)));
            }
            return builder.build(id, () -> BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
                    .build());
        });
        return Decision.of(perMinute, bucket.tryConsumeAndReturnRemaining(1));
    }

    private static void writeCounted(BucketProxy bucket) {
        try {
            bucket.getOptimizationController().syncImmediately();
        } catch (RuntimeException e) {
            LOG.warnf("Could not write the calls counted in a rate-limit bucket: %s", e.getMessage());
        }
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
