package io.pathfinder.assessment.store;

import jakarta.enterprise.context.ApplicationScoped;
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
import javax.sql.DataSource;

/**
 * The scoring consumer's reads and writes, a whole batch per round trip. Within a transaction the
 * pool hands out the transaction's own connection, so the caller decides what commits together.
 */
@ApplicationScoped
public class ScoringStore {

    /** An assessment as stored, its result as JSON: enough to republish the result or repeat the failure. */
    public record Stored(UUID id, String tenant, AssessmentState status, byte[] result, String failure,
            OffsetDateTime completedAt) {
    }

    /** An assessment completed by scoring, SCORED with a result (JSON) or FAILED with the reason. */
    public record Completion(UUID id, String tenant, String answers, String answersHash, String questionnaireVersion,
            OffsetDateTime submittedAt, AssessmentState status, byte[] result, String failure,
            OffsetDateTime completedAt) {

        public Stored stored() {
            return new Stored(id, tenant, status, result, failure, completedAt);
        }
    }

    private static final String FIND = "SELECT id, tenant, status, result, failure, completed_at FROM assessment "
            + "WHERE id = ANY(?)";

    // Inserts an assessment first seen on Kafka, or completes one still pending; an assessment already
    // completed (a replay, or another instance during a rebalance) or another tenant's is left alone.
    private static final String COMPLETE = """
            INSERT INTO assessment (id, tenant, answers, answers_hash, questionnaire_version, submitted_at,
                                    status, result, failure, completed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE
                SET status = excluded.status, result = excluded.result, failure = excluded.failure,
                    completed_at = excluded.completed_at
                WHERE assessment.status = 'PENDING' AND assessment.tenant = excluded.tenant""";

    private final DataSource dataSource;
    private final CompletionChannel channel;

    public ScoringStore(DataSource dataSource, CompletionChannel channel) {
        this.dataSource = dataSource;
        this.channel = channel;
    }

    public Map<UUID, Stored> find(Collection<UUID> ids) {
        Map<UUID, Stored> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    byte[] result = rows.getBytes(4);
                    Stored stored = new Stored(rows.getObject(1, UUID.class), rows.getString(2),
                            AssessmentState.valueOf(rows.getString(3)), result == null ? null : StoredResults.json(result),
                            rows.getString(5), rows.getObject(6, OffsetDateTime.class));
                    found.put(stored.id(), stored);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("Could not read assessments", e);
        }
    }

    /**
     * Writes the completions in one round trip (a JDBC batch the driver sends at once) and announces
     * those it wrote on the {@link CompletionChannel} (with the transaction's commit); returns them:
     * the assessments that were pending, or new.
     */
    public Set<UUID> complete(List<Completion> completions) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
            for (Completion completion : completions) {
                complete.setObject(1, completion.id());
                complete.setString(2, completion.tenant());
                complete.setString(3, completion.answers());
                complete.setString(4, completion.answersHash());
                complete.setString(5, completion.questionnaireVersion());
                complete.setObject(6, completion.submittedAt());
                complete.setString(7, completion.status().name());
                complete.setBytes(8, completion.result() == null ? null : StoredResults.compress(completion.result()));
                complete.setString(9, completion.failure());
                complete.setObject(10, completion.completedAt());
                complete.addBatch();
            }
            int[] rows = complete.executeBatch();
            Set<UUID> written = new HashSet<>();
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] > 0) {
                    written.add(completions.get(i).id());
                }
            }
            channel.announce(connection, written);
            return written;
        } catch (SQLException e) {
            throw new StoreException("Could not store scoring results", e);
        }
    }

    /** A database failure; its cause is the SQLException, whose state tells whether it is worth retrying. */
    public static class StoreException extends RuntimeException {
        StoreException(String message, SQLException cause) {
            super(message, cause);
        }
    }
}
