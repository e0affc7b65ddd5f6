package io.pathfinder.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes events into the outbox table inside the caller's transaction, so they exist exactly when
 * the change they describe commits; {@link OutboxRelay} publishes them. The writer's trace context
 * goes with each record (W3C traceparent), so its consumers continue the writer's trace.
 *
 * <p>Records of one key are published in the order their transactions commit. The relay publishes in
 * id order, but ids are handed out when rows are inserted, not when they commit: two transactions
 * writing the same key could commit in the other order, and the relay could publish (and delete) the
 * later row before the earlier one is even visible, leaving the older state as the key's last record.
 * So each append first takes a transaction-scoped advisory lock on each of its keys: a second append
 * of a key waits until the first transaction has ended, and only then gets its (higher) id; keys whose
 * hashes collide merely wait for each other. Relaying by transaction id, or only below the oldest
 * running transaction's snapshot, would not do: a transaction that got its id earlier may still write
 * the key later. Keys are locked in sorted order, so appenders cannot deadlock on them; a transaction
 * appends all its records in one call.
 */
@ApplicationScoped
public class Outbox {

    /** The two-key form, so these locks never meet the relay's single-key one. */
    private static final String LOCK_KEYS = "SELECT pg_advisory_xact_lock(hashtext(?), hashtext(record_key)) "
            + "FROM (SELECT DISTINCT unnest(?::text[]) AS record_key ORDER BY record_key) AS record_keys";
    private static final String INSERT = "INSERT INTO outbox (topic, record_key, payload, headers, created_at) "
            + "VALUES (?, ?, ?, ?, now())";

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;
    private final TextMapPropagator propagator;
    private final String channel;

    public Outbox(DataSource dataSource, ObjectMapper objectMapper, OpenTelemetry openTelemetry, OutboxConfig config) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.channel = config.name();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<OutboxMessage> messages) {
        write(messages, true);
    }

    /**
     * As {@link #append(List)}, but without the advisory lock per key, for a caller that itself keeps every other
     * writer of these keys waiting until its transaction ends (a row lock that each of them takes before it appends,
     * and holds until it commits). Such a caller's records keep their order per key without the locks, and may be
     * more than PostgreSQL's lock table holds (max_locks_per_transaction, 64 per connection by default), as the
     * tens of thousands of records of one catalogue import are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendSerialised(List<OutboxMessage> messages) {
        write(messages, false);
    }

    private void write(List<OutboxMessage> messages, boolean lockKeys) {
        Map<String, String> trace = new HashMap<>();
        propagator.inject(Context.current(), trace, Map::put);
        // Within a transaction the pool hands out the transaction's own connection.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            if (lockKeys) {
                lockKeys(connection, messages);
            }
            for (OutboxMessage message : messages) {
                Map<String, String> headers = new HashMap<>(message.headers());
                headers.putAll(trace);
                insert.setString(1, message.topic());
                insert.setString(2, message.key());
                insert.setString(3, message.payload());
                insert.setString(4, objectMapper.writeValueAsString(headers));
                insert.addBatch();
            }
            insert.executeBatch();
            // Delivered when the transaction commits, and only then: the relay wakes for committed rows.
            PgNotifications.notify(connection, channel, List.of(""));
        } catch (SQLException e) {
            throw new OutboxException("Could not write to the outbox", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Record headers could not be written as JSON", e);
        }
    }

    private void lockKeys(Connection connection, List<OutboxMessage> messages) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_KEYS)) {
            lock.setString(1, channel);
            lock.setArray(2, connection.createArrayOf("text", messages.stream().map(OutboxMessage::key).toArray()));
            lock.execute();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutboxMessage message) {
        append(List.of(message));
    }

    /** A database failure while writing or relaying the outbox; its cause is the SQLException. */
    public static class OutboxException extends RuntimeException {
        OutboxException(String message, SQLException cause) {
            super(message, cause);
        }
    }
}
