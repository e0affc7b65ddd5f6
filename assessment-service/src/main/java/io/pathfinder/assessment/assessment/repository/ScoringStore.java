package io.pathfinder.assessment.assessment.repository;

import io.pathfinder.assessment.assessment.entity.AssessmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The scoring consumer's reads and writes, a whole batch per statement. Within a transaction the
 * pool hands out the transaction's own connection, so the caller decides what commits together.
 */
@ApplicationScoped
public class ScoringStore {

    /** An assessment as stored: enough to republish its result or repeat its failure. */
    public record Stored(UUID id, String tenant, AssessmentStatus status, String result, String failure,
            OffsetDateTime completedAt) {
    }

    /** An assessment completed by scoring, SCORED with a result or FAILED with the reason. */
    public record Completion(UUID id, String tenant, String answers, String answersHash, String questionnaireVersion,
            OffsetDateTime submittedAt, AssessmentStatus status, String result, String failure,
            OffsetDateTime completedAt) {

        public Stored stored() {
            return new Stored(id, tenant, status, result, failure, completedAt);
        }
    }

    private static final String FIND = "SELECT id, tenant, status, result, failure, completed_at FROM assessment "
            + "WHERE id = ANY(?::uuid[])";

    // Inserts an assessment first seen on Kafka, or completes one still pending; an assessment already
    // completed (a replay, or another instance during a rebalance) or another tenant's is left alone.
    private static final String COMPLETE = """
            INSERT INTO assessment (id, tenant, answers, answers_hash, questionnaire_version, submitted_at,
                                    status, result, failure, completed_at)
            SELECT * FROM unnest(?::uuid[], ?::varchar[], ?::text[], ?::varchar[], ?::varchar[], ?::timestamptz[],
                                 ?::varchar[], ?::text[], ?::varchar[], ?::timestamptz[])
            ON CONFLICT (id) DO UPDATE
                SET status = excluded.status, result = excluded.result, failure = excluded.failure,
                    completed_at = excluded.completed_at
                WHERE assessment.status = 'PENDING' AND assessment.tenant = excluded.tenant
            RETURNING id""";

    private final DataSource dataSource;

    public ScoringStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<UUID, Stored> find(Collection<UUID> ids) {
        Map<UUID, Stored> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setArray(1, array(connection, ids, UUID::toString));
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    Stored stored = new Stored(rows.getObject(1, UUID.class), rows.getString(2),
                            AssessmentStatus.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5),
                            rows.getObject(6, OffsetDateTime.class));
                    found.put(stored.id(), stored);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("Could not read assessments", e);
        }
    }

    /** Writes the completions in one statement; returns the assessments it wrote (those that were pending or new). */
    public Set<UUID> complete(List<Completion> completions) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
            complete.setArray(1, array(connection, completions, c -> c.id().toString()));
            complete.setArray(2, array(connection, completions, Completion::tenant));
            complete.setArray(3, array(connection, completions, Completion::answers));
            complete.setArray(4, array(connection, completions, Completion::answersHash));
            complete.setArray(5, array(connection, completions, Completion::questionnaireVersion));
            complete.setArray(6, array(connection, completions, c -> c.submittedAt().toString()));
            complete.setArray(7, array(connection, completions, c -> c.status().name()));
            complete.setArray(8, array(connection, completions, Completion::result));
            complete.setArray(9, array(connection, completions, Completion::failure));
            complete.setArray(10, array(connection, completions, c -> c.completedAt().toString()));
            Set<UUID> written = new HashSet<>();
            try (ResultSet rows = complete.executeQuery()) {
                while (rows.next()) {
                    written.add(rows.getObject(1, UUID.class));
                }
            }
            return written;
        } catch (SQLException e) {
            throw new StoreException("Could not store scoring results", e);
        }
    }

    private static <T> Array array(Connection connection, Collection<T> values, Function<T, String> column)
            throws SQLException {
        return connection.createArrayOf("text", values.stream().map(column).toArray());
    }

    /** A database failure; its cause is the SQLException, whose state tells whether it is worth retrying. */
    public static class StoreException extends RuntimeException {
        StoreException(String message, SQLException cause) {
            super(message, cause);
        }
    }
}
