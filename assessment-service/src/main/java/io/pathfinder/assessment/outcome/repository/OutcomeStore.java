package io.pathfinder.assessment.outcome.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Outcomes beside their assessments: one per assessment, the one recorded last. */
@ApplicationScoped
public class OutcomeStore {

    /** An outcome as stored; role, move and movedAt only for a move. */
    public record StoredOutcome(String kind, String role, String move, OffsetDateTime movedAt, int satisfaction,
            OffsetDateTime recordedAt) {

        public boolean moved() {
            return "moved".equals(kind);
        }

        /** When it happened: the move, or when staying was recorded. */
        public OffsetDateTime happenedAt() {
            return moved() ? movedAt : recordedAt;
        }
    }

    /** A recorded outcome with the stored result of its assessment (deflated JSON, null when not scored). */
    public record OutcomeWithResult(StoredOutcome outcome, byte[] result) {
    }

    // Only an assessment of the outcome's tenant takes it; a replayed or older outcome leaves a newer one alone.
    private static final String RECORD = """
            INSERT INTO outcome (assessment_id, tenant, kind, role, move, moved_at, satisfaction, recorded_at, happened_at)
            SELECT id, tenant, ?, ?, ?, ?, ?, ?, ? FROM assessment WHERE id = ? AND tenant = ?
            ON CONFLICT (assessment_id) DO UPDATE
                SET kind = excluded.kind, role = excluded.role, move = excluded.move, moved_at = excluded.moved_at,
                    satisfaction = excluded.satisfaction, recorded_at = excluded.recorded_at,
                    happened_at = excluded.happened_at
                WHERE outcome.recorded_at <= excluded.recorded_at""";

    private static final String EXISTS = "SELECT 1 FROM assessment WHERE id = ? AND tenant = ?";

    private static final String WITH_RESULTS = """
            SELECT o.kind, o.role, o.move, o.moved_at, o.satisfaction, o.recorded_at, a.result
            FROM outcome o JOIN assessment a ON a.id = o.assessment_id
            WHERE o.tenant = ? AND o.happened_at >= ? AND o.happened_at < ?""";

    private final DataSource dataSource;

    public OutcomeStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return false when the tenant has no such assessment */
    public boolean record(String tenant, UUID assessmentId, StoredOutcome outcome) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement(EXISTS)) {
                exists.setObject(1, assessmentId);
                exists.setString(2, tenant);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
                insert.setString(1, outcome.kind());
                insert.setString(2, outcome.role());
                insert.setString(3, outcome.move());
                insert.setObject(4, outcome.movedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setInt(5, outcome.satisfaction());
                insert.setObject(6, outcome.recordedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(7, outcome.happenedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(8, assessmentId);
                insert.setString(9, tenant);
                insert.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Recording the outcome of " + assessmentId + " failed", e);
        }
    }

    /**
     * Hands over the tenant's outcomes that happened in [from, to), each with its assessment's stored result, one
     * at a time, so that the results are not all in memory at once.
     */
    public void forEachWithResult(String tenant, OffsetDateTime from, OffsetDateTime to,
            Consumer<OutcomeWithResult> action) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(WITH_RESULTS)) {
            select.setString(1, tenant);
            select.setObject(2, from, Types.TIMESTAMP_WITH_TIMEZONE);
            select.setObject(3, to, Types.TIMESTAMP_WITH_TIMEZONE);
            select.setFetchSize(500);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    action.accept(new OutcomeWithResult(new StoredOutcome(rows.getString(1), rows.getString(2),
                            rows.getString(3), rows.getObject(4, OffsetDateTime.class), rows.getInt(5),
                            rows.getObject(6, OffsetDateTime.class)), rows.getBytes(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the outcomes of " + tenant + " failed", e);
        }
    }
}
