package io.pathfinder.catalog.catalog.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.pathfinder.catalog.catalog.config.CatalogConfig;
import io.pathfinder.catalog.catalog.entity.OutboxRecord;
import io.pathfinder.catalog.observability.EventMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
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
    private static final String EVENT_TYPE_HEADER = "event-type";
    private static final String EVENT_TYPE = "CatalogChanged";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final KafkaProducer<String, String> producer;
    private final int batchSize;
    private final EventMetrics metrics;
    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public OutboxRelay(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, CatalogConfig config,
            EventMetrics metrics, OpenTelemetry openTelemetry) {
        // All of the kafka.* configuration, so TLS and SASL settings reach this producer too.
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
        this.batchSize = config.outbox().batchSize();
        this.metrics = metrics;
        this.tracer = openTelemetry.getTracer(OutboxRelay.class.getName());
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    @Scheduled(every = "${pathfinder.catalog.outbox.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void publishPending() {
        List<OutboxRecord> batch = QuarkusTransaction.requiringNew().call(() -> OutboxRecord.oldest(batchSize));
        if (batch.isEmpty()) {
            return;
        }
        // One span per published batch, named in each record's traceparent header so consumers continue it.
        Span span = tracer.spanBuilder(TOPIC + " publish").setSpanKind(SpanKind.PRODUCER).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            publish(batch);
        } finally {
            span.end();
        }
    }

    private void publish(List<OutboxRecord> batch) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        try {
            batch.forEach(record -> sends.add(producer.send(withHeaders(new ProducerRecord<>(TOPIC, record.key, record.payload)))));
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
            metrics.produced(TOPIC, acknowledged.size());
        }
    }

    private ProducerRecord<String, String> withHeaders(ProducerRecord<String, String> record) {
        record.headers().add(EVENT_TYPE_HEADER, EVENT_TYPE.getBytes(StandardCharsets.UTF_8));
        propagator.inject(Context.current(), record,
                (carrier, name, value) -> carrier.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
