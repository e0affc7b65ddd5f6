package io.pathfinder.catalog.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Events consumed per topic and outcome, served with the rest of the metrics at /q/metrics (the outbox relay counts those produced). */
@ApplicationScoped
public class EventMetrics {

    private final MeterRegistry registry;

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void consumed(String topic, String outcome) {
        Counter.builder("pathfinder.events.consumed").description("Events consumed, by topic and outcome")
                .tag("topic", topic).tag("outcome", outcome).register(registry).increment();
    }
}
