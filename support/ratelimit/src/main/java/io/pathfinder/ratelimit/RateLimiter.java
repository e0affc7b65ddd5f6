package io.pathfinder.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * Token buckets kept in the service's {@code rate_limit_buckets} table, so all instances of a service
 * share one quota per bucket. A bucket refills its quota evenly over a minute and holds at most its
 * burst, a minute's worth unless configured smaller.
 *
 * <p>Counting every call in the table would make one busy caller's row lock the limit of the whole
 * service, so each instance takes a caller's calls from the shared bucket in batches of 1 % of the quota
 * (one at a time under 100 a minute, never more than the burst) and counts them out locally
 * ({@link Lease}). The quota is never exceeded; an instance may hold up to 1 % of it unused that the
 * other instances cannot have until the bucket refills.
 */
@Singleton
public class RateLimiter {

    static final String TABLE = "rate_limit_buckets";
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** How long a bucket stays after it is full again; a full bucket is the same as none. */
    private static final Duration KEEP_WHEN_FULL = Duration.ofMinutes(1);
    private static final int CLEANUP_BATCH = 1000;
    /** Callers this instance holds a lease for; an idle one is let go, as is the least recent beyond this. */
    private static final int LEASES = 10_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Cache<String, Lease> leases = Caffeine.newBuilder()
            .maximumSize(LEASES)
            .expireAfterAccess(KEEP_WHEN_FULL)
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
     * Takes one call from the bucket {@code key}, which gets {@code perMinute} calls back a minute and
     * holds at most {@code burst}. Both are part of the bucket's identity, so a changed quota starts a
     * fresh bucket rather than reinterpreting the old one's state.
     */
    public Decision consume(String key, int perMinute, int burst) {
        return lease(key, perMinute, burst).take();
    }

    /**
     * Takes one call as {@link #consume} does if this instance can decide without the shared bucket, as it can
     * for most calls, and for every call of a caller already refused; null when only the shared bucket can say.
     */
    public Decision consumeHeld(String key, int perMinute, int burst) {
        return lease(key, perMinute, burst).takeHeld();
    }

    private Lease lease(String key, int perMinute, int burst) {
        // A burst of the whole quota keeps the name buckets had before bursts could be set, so that
        // configuring none neither refills every bucket nor, while instances are replaced, doubles the quota.
        String id = burst == perMinute ? key + "/" + perMinute : key + "/" + perMinute + "/" + burst;
        return leases.get(id, bucket -> newLease(bucket, perMinute, burst));
    }

    private Lease newLease(String id, int perMinute, int burst) {
        BucketConfiguration quota = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, WINDOW))
                .build();
        // A batch larger than the bucket would never be granted whole: every take would fall back to one call.
        long batch = Math.min(burst, Math.max(1, perMinute / 100));
        return new Lease(buckets.builder().build(id, () -> quota), perMinute, burst, batch);
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
