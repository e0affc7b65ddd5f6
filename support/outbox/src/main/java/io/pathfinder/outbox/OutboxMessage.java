package io.pathfinder.outbox;

import java.util.Map;
import java.util.Objects;

/** A Kafka record to publish once the transaction that writes it commits. */
public record OutboxMessage(String topic, String key, String payload, Map<String, String> headers) {

    public OutboxMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
        headers = Map.copyOf(headers);
    }
}
