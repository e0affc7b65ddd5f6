package io.pathfinder.assessment.assessment.service;

import io.pathfinder.assessment.assessment.repository.ScoringStore.Stored;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Wakes long-polling readers when an assessment completes on this instance, with the assessment as
 * stored, so they need not read it again. A reader takes its signal before it reads the assessment,
 * so a completion between the read and the wait is not missed. Completion on another instance is
 * still seen, at the reader's next re-read.
 */
@ApplicationScoped
public class ResultWaiters {

    private final ConcurrentMap<UUID, CompletableFuture<Stored>> signals = new ConcurrentHashMap<>();

    /** The signal that the assessment completed here; take it before reading the assessment. */
    public CompletableFuture<Stored> signal(UUID id) {
        return signals.computeIfAbsent(id, key -> new CompletableFuture<>());
    }

    /** Drops a signal nobody waits for any more, such as one for an assessment completed elsewhere. */
    public void forget(UUID id, CompletableFuture<Stored> signal) {
        signals.remove(id, signal);
    }

    public void completed(Stored assessment) {
        CompletableFuture<Stored> signal = signals.remove(assessment.id());
        if (signal != null) {
            signal.complete(assessment);
        }
    }
}
