package io.pathfinder.assessment.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Wakes long-polling readers when an assessment completes on this instance. Completion on another
 * instance is still seen, at the next re-read of the database.
 */
@ApplicationScoped
public class ResultWaiters {

    private final ConcurrentMap<UUID, Object> monitors = new ConcurrentHashMap<>();

    public void await(UUID id, long millis) throws InterruptedException {
        Object monitor = monitors.computeIfAbsent(id, key -> new Object());
        synchronized (monitor) {
            monitor.wait(millis);
        }
    }

    public void completed(UUID id) {
        Object monitor = monitors.remove(id);
        if (monitor != null) {
            synchronized (monitor) {
                monitor.notifyAll();
            }
        }
    }
}
