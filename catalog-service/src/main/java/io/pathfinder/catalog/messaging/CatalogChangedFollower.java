package io.pathfinder.catalog.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.pathfinder.catalog.entry.ChangeLog;
import io.pathfinder.catalog.view.CurrentCatalog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's views current when another instance changes a catalogue: every instance reads every
 * partition of the catalog-changed topic itself, so each one sees every change. There is no consumer group:
 * nothing to join and wait for, so the instance follows the topic as soon as it reaches the broker, and no
 * offsets to commit, as every start begins at the topic's end.
 *
 * <p>No change falls between the views and the first event read. The consumer first fixes its position at
 * the end of every partition and only then brings every catalogue's view up to the database, reloading each one
 * whose committed version is newer ({@link CurrentCatalog#refresh()}): a change published before that position
 * had committed before it was published, so before the versions were read, and the view holds it; a change
 * published after it is read. Whatever goes wrong (the broker away at start, the database away while a change is
 * applied), the consumer is closed and the whole sequence starts again after a pause with a new one, so the
 * same holds after every failure and the follower never gives up until shutdown. A broker that goes away once
 * the consumer follows only holds the records back: the client reconnects and reads on from its position.
 *
 * <p>Partitions added to the topic later are taken on once the client's metadata, refreshed every
 * {@code metadata.max.age.ms}, shows them, and read from their beginning: all they hold was published after
 * the position was fixed.
 */
@ApplicationScoped
public class CatalogChangedFollower {

    private static final Logger LOG = Logger.getLogger(CatalogChangedFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Duration SHUTDOWN = Duration.ofSeconds(5);
    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final String topic = ChangeLog.TOPIC;
    private final CatalogChangedListener listener;
    private final CurrentCatalog catalog;
    private final MeterRegistry registry;
    private final Map<String, Object> kafkaConfig;
    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private volatile boolean running = true;
    private volatile Set<TopicPartition> following = Set.of();
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;

    public CatalogChangedFollower(CatalogChangedListener listener, CurrentCatalog catalog, MeterRegistry registry,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OpenTelemetry openTelemetry) {
        this.listener = listener;
        this.catalog = catalog;
        this.registry = registry;
        this.kafkaConfig = kafkaConfig;
        this.tracer = openTelemetry.getTracer(CatalogChangedFollower.class.getName());
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** First of the start-up observers, so the consumer reaches the broker while the others run. */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        thread = new Thread(this::follow, "catalog-changed-follower");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread follower = thread;
        if (follower == null) {
            return;
        }
        try {
            // Closed before the datasource goes, so no reload meets a closing pool.
            follower.join(SHUTDOWN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The partitions read from a fixed position with the views reloaded since; empty while (re)starting. */
    public Set<TopicPartition> following() {
        return following;
    }

    private void follow() {
        while (running) {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(config());
                 KafkaClientMetrics clientMetrics = new KafkaClientMetrics(kafka)) {
                clientMetrics.bindTo(registry);
                consumer = kafka;
                follow(kafka);
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                following = Set.of();
                if (running) {
                    LOG.warnf("Following %s from a new position in %d s: %s", topic, RETRY.toSeconds(), e);
                    pause();
                }
            }
        }
    }

    private void follow(KafkaConsumer<String, String> kafka) {
        Set<TopicPartition> partitions = partitions(kafka.partitionsFor(topic));
        if (partitions.isEmpty()) {
            throw new IllegalStateException("the topic has no partitions yet");
        }
        kafka.assign(partitions);
        kafka.seekToEnd(partitions);
        // seekToEnd only marks the partitions: asking for the position looks the end up, fixing it before the reload.
        partitions.forEach(kafka::position);
        catalog.refresh();
        following = Set.copyOf(partitions);
        LOG.infof("Following %s from the end of its %d partitions, the views up to date", topic, partitions.size());
        Instant nextCheck = Instant.now().plus(PARTITION_CHECK);
        while (running) {
            for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                apply(record);
            }
            if (Instant.now().isAfter(nextCheck)) {
                takeOnNewPartitions(kafka);
                nextCheck = Instant.now().plus(PARTITION_CHECK);
            }
        }
    }

    private void takeOnNewPartitions(KafkaConsumer<String, String> kafka) {
        Set<TopicPartition> added;
        try {
            added = new HashSet<>(partitions(kafka.partitionsFor(topic, Duration.ZERO)));
        } catch (TimeoutException brokerAway) {
            return; // no metadata while the broker is away: the next check looks again
        }
        added.removeAll(following);
        if (added.isEmpty()) {
            return;
        }
        Set<TopicPartition> all = new HashSet<>(following);
        all.addAll(added);
        kafka.assign(all);
        kafka.seekToBeginning(added);
        following = Set.copyOf(all);
        LOG.infof("Following the new partitions %s too", added);
    }

    private Set<TopicPartition> partitions(List<PartitionInfo> infos) {
        return infos.stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .collect(Collectors.toSet());
    }

    /** A span per record, in the trace of the change that published it (the record's traceparent header). */
    private void apply(ConsumerRecord<String, String> record) {
        Context publisher = propagator.extract(Context.root(), record.headers(), HEADERS);
        Span span = tracer.spanBuilder(topic + " process").setSpanKind(SpanKind.CONSUMER).setParent(publisher)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            listener.onCatalogChanged(record.value());
        } finally {
            span.end();
        }
    }

    private Properties config() {
        // All of the kafka.* configuration, so TLS and SASL settings reach this consumer too.
        Properties config = new Properties();
        config.putAll(kafkaConfig);
        // Quarkus names a group after the application for every client: this one has none.
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        // The client id the consumer had as a channel, which its metrics are labelled with.
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "kafka-consumer-catalog-changed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Only a position that fell off the log's start is reset: read on from there rather than skip changes.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
