package io.pathfinder.catalog.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Events in and out per topic, served with the rest of the metrics at /q/metrics. */
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

    public void produced(String topic, int count) {
        Counter.builder("pathfinder.events.produced").description("Events the broker acknowledged, by topic")
                .tag("topic", topic).register(registry).increment(count);
    }
}
