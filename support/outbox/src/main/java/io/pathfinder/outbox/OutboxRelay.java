package io.pathfinder.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in the order they were written, and deletes each only
 * once the broker has acknowledged it: a crash in between publishes it again (at least once).
 *
 * <p>Every instance runs a relay, but only the one holding the outbox's PostgreSQL advisory lock
 * publishes; the others check every standby interval and take over when its session ends. The
 * relaying instance sleeps on a LISTEN for the writers' notifications, so a committed row goes out
 * within milliseconds, and looks at the table every poll interval in case one was missed.
 *
 * <p>Id order is commit order for the rows of one key, because {@link Outbox#append} makes a second
 * writer of a key wait for the first one's transaction to end; across keys there is no order to keep.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };
    private static final TextMapGetter<Map<String, String>> HEADER_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> headers) {
            return headers.keySet();
        }

        @Override
        public String get(Map<String, String> headers, String name) {
            return headers == null ? null : headers.get(name);
        }
    };

    private record Row(long id, String topic, String key, String payload, Map<String, String> headers) {
    }

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;
    private final MeterRegistry registry;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private volatile boolean running = true;
    private Thread thread;

    public OutboxRelay(DataSource dataSource, ObjectMapper objectMapper, MeterRegistry registry, OutboxConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OpenTelemetry openTelemetry) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
        this.registry = registry;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.tracer = openTelemetry.getTracer(OutboxRelay.class.getName());
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        // No interrupt: one that lands while the thread loads a class closes the application's jar
        // for every thread. The relay notices within a poll interval.
        running = false;
        thread.join(config.pollInterval().plusSeconds(5).toMillis());
    }

    private void run() {
        try (KafkaProducer<String, byte[]> producer = ReliableProducer.create(kafkaConfig, config.name() + "-relay")) {
            while (running) {
                try {
                    relayWhileHoldingTheLock(producer);
                } catch (SQLException | RuntimeException e) {
                    if (running) {
                        LOG.warnf("The outbox relay stopped (%s); retrying in %s", e, config.retryBackoff());
                        sleep(config.retryBackoff());
                    }
                }
            }
        }
    }

    private void relayWhileHoldingTheLock(KafkaProducer<String, byte[]> producer) throws SQLException {
        try (Connection session = dataSource.getConnection()) {
            if (!tryLock(session)) {
                sleep(config.standbyInterval());
                return;
            }
            try {
                LOG.infof("This instance relays the outbox %s", config.name());
                PgNotifications.listen(session, config.name());
                while (running) {
                    List<Row> batch = oldest(session);
                    if (batch.isEmpty()) {
                        PgNotifications.await(session, config.pollInterval());
                        continue;
                    }
                    int acknowledged = publish(producer, batch);
                    delete(session, batch.subList(0, acknowledged));
                    if (acknowledged < batch.size()) {
                        sleep(config.retryBackoff());
                    }
                }
            } finally {
                // The session goes back to the pool: it must not keep the lock or the subscription.
                releaseQuietly(session);
            }
        }
    }

    private boolean tryLock(Connection session) throws SQLException {
        try (PreparedStatement lock = session.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, config.name());
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<Row> oldest(Connection session) throws SQLException {
        try (PreparedStatement select = session.prepareStatement(
                "SELECT id, topic, record_key, payload, headers FROM outbox ORDER BY id LIMIT ?")) {
            select.setInt(1, config.batchSize());
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                            headers(result.getString(5))));
                }
            }
            return rows;
        }
    }

    /** Sends the batch and waits for the broker; returns how many, from the first, it acknowledged. */
    private int publish(KafkaProducer<String, byte[]> producer, List<Row> batch) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        try {
            for (Row row : batch) {
                sends.add(producer.send(record(row)));
            }
        } catch (KafkaException e) {
            LOG.warnf("Kafka is unavailable; %d outbox record(s) wait: %s", batch.size() - sends.size(), e.toString());
        }
        // Only the acknowledged prefix is deleted, so what is left is published again, in order.
        int acknowledged = 0;
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
            } catch (ExecutionException e) {
                LOG.warnf("Publishing outbox record %d failed; it waits: %s", batch.get(acknowledged).id(), e.getCause().toString());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Counter.builder("pathfinder.events.produced").description("Events the broker acknowledged, by topic")
                    .tag("topic", batch.get(acknowledged).topic()).register(registry).increment();
            acknowledged++;
        }
        return acknowledged;
    }

    /**
     * The row as a record. Its publishing is a span in the trace of the transaction that wrote it,
     * and the record names that span in its traceparent header, so consumers continue the trace.
     */
    private ProducerRecord<String, byte[]> record(Row row) {
        Map<String, String> headers = new HashMap<>(row.headers());
        Context writer = propagator.extract(Context.root(), headers, HEADER_GETTER);
        Span publish = tracer.spanBuilder(row.topic() + " publish").setSpanKind(SpanKind.PRODUCER).setParent(writer)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", row.topic())
                .startSpan();
        propagator.inject(writer.with(publish), headers, Map::put);
        publish.end();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static void delete(Connection session, List<Row> published) throws SQLException {
        if (published.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = session.prepareStatement("DELETE FROM outbox WHERE id = ANY(?)")) {
            Array ids = session.createArrayOf("bigint", published.stream().map(Row::id).toArray());
            delete.setArray(1, ids);
            delete.executeUpdate();
        }
    }

    private Map<String, String> headers(String json) {
        try {
            return objectMapper.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outbox headers: " + json, e);
        }
    }

    private static void releaseQuietly(Connection session) {
        try {
            PgNotifications.unlistenAll(session);
            try (Statement unlock = session.createStatement()) {
                unlock.execute("SELECT pg_advisory_unlock_all()");
            }
        } catch (SQLException brokenSession) {
            // A broken session has released both already.
        }
    }

    /** Sleeps in short slices, so that a service stopping meanwhile is not kept waiting. */
    private void sleep(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        while (running && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
