package io.pathfinder.assessment.results;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pathfinder.assessment.store.ScoringStore.Stored;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The long-polling readers of this instance, by assessment, each with a signal of its own: no thread
 * waits on it. A reader takes its signal before it reads the assessment, so a completion between
 * the read and the wait is not missed. The signal carries the assessment as stored, so its readers,
 * however many, need not read it again.
 */
@ApplicationScoped
public class ResultWaiters {

    private final ConcurrentMap<UUID, Set<CompletableFuture<Stored>>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    public ResultWaiters(MeterRegistry registry) {
        Gauge.builder("pathfinder.assessments.waiting", count, AtomicInteger::get)
                .description("Long-polling requests waiting for a result on this instance")
                .register(registry);
    }

    /** A new signal for the assessment's completion; take it before reading the assessment. */
    public CompletableFuture<Stored> signal(UUID id) {
        CompletableFuture<Stored> signal = new CompletableFuture<>();
        waiting.compute(id, (key, signals) -> {
            Set<CompletableFuture<Stored>> all = signals == null ? new HashSet<>() : signals;
            all.add(signal);
            return all;
        });
        count.incrementAndGet();
        return signal;
    }

    /** Drops a signal its reader no longer waits for (answered, timed out, failed). */
    public void forget(UUID id, CompletableFuture<Stored> signal) {
        waiting.computeIfPresent(id, (key, signals) -> {
            if (signals.remove(signal)) {
                count.decrementAndGet();
            }
            return signals.isEmpty() ? null : signals;
        });
    }

    /** Hands the completed assessment to its readers. */
    public void completed(Stored assessment) {
        Set<CompletableFuture<Stored>> signals = waiting.remove(assessment.id());
        if (signals != null) {
            count.addAndGet(-signals.size());
            signals.forEach(signal -> signal.complete(assessment));
        }
    }

    /** Of these assessments, those a reader waits for here. */
    public List<UUID> awaited(Collection<UUID> ids) {
        return ids.stream().filter(waiting::containsKey).toList();
    }

    /** The assessments readers wait for here. */
    public List<UUID> awaited() {
        return List.copyOf(waiting.keySet());
    }

    /** Readers waiting now on this instance. */
    public int count() {
        return count.get();
    }
}
