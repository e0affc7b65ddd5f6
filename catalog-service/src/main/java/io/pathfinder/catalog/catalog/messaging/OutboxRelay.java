package io.pathfinder.catalog.catalog.messaging;

import io.pathfinder.catalog.catalog.config.CatalogConfig;
import io.pathfinder.catalog.catalog.entity.OutboxRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in id order and deletes each only after the broker has
 * acknowledged it. A crash between the two publishes the row again: delivery is at least once.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String TOPIC = "pathfinder.catalog-changed.v1";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final KafkaProducer<String, String> producer;
    private final int batchSize;

    public OutboxRelay(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, CatalogConfig config) {
        Map<String, Object> producerConfig = new HashMap<>();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
        this.batchSize = config.outbox().batchSize();
    }

    @Scheduled(every = "${pathfinder.catalog.outbox.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void publishPending() {
        List<OutboxRecord> batch = QuarkusTransaction.requiringNew().call(() -> OutboxRecord.oldest(batchSize));
        if (batch.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        try {
            batch.forEach(record -> sends.add(producer.send(new ProducerRecord<>(TOPIC, record.key, record.payload))));
        } catch (KafkaException e) {
            LOG.warnf("Kafka is unavailable, %d outbox record(s) wait for the next run: %s", batch.size(), e.toString());
        }
        // Only the acknowledged prefix is deleted, so a later retry can never publish an older state after a newer one.
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get();
                acknowledged.add(batch.get(i).id);
            } catch (ExecutionException e) {
                LOG.warnf("Publishing outbox record %d failed, will retry: %s", batch.get(i).id, e.getCause().toString());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> OutboxRecord.delete("id in ?1", acknowledged));
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
