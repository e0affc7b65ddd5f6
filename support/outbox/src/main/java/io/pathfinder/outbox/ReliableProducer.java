package io.pathfinder.outbox;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The one way Pathfinder's own code makes a Kafka producer: idempotent, acknowledged by all replicas, bounded waits. */
public final class ReliableProducer {

    private ReliableProducer() {
    }

    /**
     * @param kafkaConfig every {@code kafka.*} setting of the service, so TLS and SASL reach this producer too
     * @param clientId    names the producer in the broker's logs and in the client metrics
     */
    public static KafkaProducer<String, byte[]> create(Map<String, Object> kafkaConfig, String clientId) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Whole batches are sent at once: a few milliseconds let them share requests.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        // Records waiting to be sent take at most 8 MB, not the default 32: the buffers stay pooled once used, so
        // this is heap a producer keeps after a burst. A send beyond it waits for the broker to catch up.
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 8 * 1024 * 1024);
        // A broker that is away fails a send within seconds; the caller backs off and sends again.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }
}
