package io.pathfinder.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One instance's share of a shared bucket: calls taken from the bucket ahead of use, in a batch of
 * {@code batch} at a time (no more than the bucket holds), and handed out here without a lock. A batch is
 * taken from the shared bucket before any of it is used, so all instances together never pass more calls
 * than the bucket gives, its burst at once and the quota over a minute; what an instance holds unused is
 * lost to the others until the bucket refills. Once the shared bucket refuses,
 * this instance refuses too, without asking it, until the bucket has refilled one call.
 */
final class Lease {

    private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final BucketProxy shared;
    /** The calls a minute, which the bucket gets back evenly over the minute. */
    private final int limit;
    /** What the bucket holds when full. */
    private final int capacity;
    private final long batch;
    private final AtomicLong held = new AtomicLong();
    /** The shared bucket's calls remaining after the last batch. */
    private volatile long sharedRemaining;
    /** When the shared bucket, as it last refused, is full again. */
    private volatile long fullAtNanos;
    private volatile long refusedUntilNanos = System.nanoTime();

    Lease(BucketProxy shared, int limit, int capacity, long batch) {
        this.shared = shared;
        this.limit = limit;
        this.capacity = capacity;
        this.batch = batch;
    }

    /**
     * Takes one call if this instance can decide alone: it holds one, or the shared bucket refused lately and has
     * not refilled since. Null when only the shared bucket can say ({@link #takeFromShared()}).
     */
    Decision takeHeld() {
        long now = System.nanoTime();
        if (now - refusedUntilNanos < 0) {
            return refusedHere(now);
        }
        long left = held.decrementAndGet();
        return left >= 0 ? allowed(sharedRemaining + left) : null;
    }

    /** Takes one call, asking the shared bucket, a database round trip, when this instance holds none. */
    Decision take() {
        Decision decided = takeHeld();
        return decided != null ? decided : takeFromShared();
    }

    private synchronized Decision takeFromShared() {
        // Another caller may have taken a batch, or met a refusal, while this one waited.
        Decision decided = takeHeld();
        if (decided != null) {
            return decided;
        }
        long now = System.nanoTime();
        long taken = batch;
        ConsumptionProbe probe = shared.tryConsumeAndReturnRemaining(taken);
        if (!probe.isConsumed() && batch > 1) {
            taken = 1;
            probe = shared.tryConsumeAndReturnRemaining(taken);
        }
        if (!probe.isConsumed()) {
            held.set(0);
            fullAtNanos = now + probe.getNanosToWaitForReset();
            refusedUntilNanos = now + probe.getNanosToWaitForRefill();
            return Decision.refused(limit, probe.getNanosToWaitForReset(), probe.getNanosToWaitForRefill());
        }
        sharedRemaining = probe.getRemainingTokens();
        held.set(taken - 1);
        return allowed(sharedRemaining + taken - 1);
    }

    /** The bucket refills evenly over the minute, so what is missing from it says when it is full again. */
    private Decision allowed(long remaining) {
        return Decision.allowed(limit, remaining, (capacity - remaining) * MINUTE_NANOS / limit);
    }

    private Decision refusedHere(long now) {
        return Decision.refused(limit, Math.max(0, fullAtNanos - now), refusedUntilNanos - now);
    }
}
