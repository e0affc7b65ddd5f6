package io.pathfinder.assessment.insight.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The cohort insight's rows, one per scored assessment, and its k-anonymous counts. Every count is summed
 * from cells of one week, one current role and one bucket, and a cell of fewer than the minimum counts as
 * zero; so any two counts differ by whole cells of at least the minimum, whatever windows or filters they had.
 */
@ApplicationScoped
public class CohortStore {

    /** One scored assessment's top recommendation and its skill gaps (skill, score gain). */
    public record Person(UUID assessmentId, String tenant, OffsetDateTime scoredAt, LocalDate week, String topOption,
            String topTargetRole, double topScore, List<Gap> gaps) {
    }

    public record Gap(String skill, double scoreGain) {
    }

    /** A bucket's people and, for skill gaps, their score gains added up. */
    public record Count(String key, long people, double sum) {
    }

    /** Which people: the tenant's, scored in [fromWeek, toWeek), in the current role when one is given. */
    public record Cohort(String tenant, LocalDate fromWeek, LocalDate toWeek, String currentRole, int minimum) {
    }

    // The current role and the internal-move answer come from the assessment's answers: an erased (or another
    // tenant's) assessment takes no row. A replay overwrites the row with the same values.
    private static final String UPSERT_PERSON = """
            INSERT INTO insight_person (assessment_id, tenant, scored_at, week, from_role, internal_move_available,
                                        top_option, top_target_role, top_score, materialised_at)
            SELECT id, tenant, ?, ?, answers::jsonb ->> 'currentRole',
                   (answers::jsonb -> 'constraints' ->> 'internalMoveAvailable')::boolean, ?, ?, ?, now()
            FROM assessment WHERE id = ? AND tenant = ?
            ON CONFLICT (assessment_id) DO UPDATE
                SET scored_at = excluded.scored_at, week = excluded.week, from_role = excluded.from_role,
                    internal_move_available = excluded.internal_move_available, top_option = excluded.top_option,
                    top_target_role = excluded.top_target_role, top_score = excluded.top_score""";

    private static final String DELETE_GAPS = "DELETE FROM insight_gap WHERE assessment_id = ?";
    private static final String INSERT_GAP = "INSERT INTO insight_gap (assessment_id, skill, score_gain) VALUES (?, ?, ?) "
            + "ON CONFLICT DO NOTHING";

    private static final String COHORT = "tenant = ? AND week >= ? AND week < ? AND (CAST(? AS TEXT) IS NULL OR from_role = ?)";

    private static final String PEOPLE = "SELECT COALESCE(SUM(n), 0) FROM (SELECT COUNT(*) AS n FROM insight_person WHERE "
            + COHORT + " GROUP BY week, from_role HAVING COUNT(*) >= ?) cells";

    // A skill gap splits a cell in two, those with it and those without: like any two-sided count, it is shown only
    // when neither side is a group of 1 to minimum - 1 people, or else the cell's total would give the other away.
    private static final String GAPS = """
            SELECT skill, SUM(n), SUM(gain) FROM (
                SELECT g.skill, COUNT(*) AS n, SUM(g.score_gain) AS gain, MAX(c.total) AS total
                FROM insight_gap g JOIN insight_person p ON p.assessment_id = g.assessment_id
                JOIN (SELECT week, from_role, COUNT(*) AS total FROM insight_person
                      WHERE tenant = ? AND week >= ? AND week < ? AND (CAST(? AS TEXT) IS NULL OR from_role = ?)
                      GROUP BY week, from_role) c ON c.week = p.week AND c.from_role = p.from_role
                WHERE p.tenant = ?
                GROUP BY p.week, p.from_role, g.skill) cells
            WHERE n >= ? AND (total - n = 0 OR total - n >= ?)
            GROUP BY skill ORDER BY SUM(n) DESC, skill LIMIT ?""";

    // Available or not splits a cell in two: a cell counts only when neither side is a group of 1 to minimum - 1.
    private static final String INTERNAL_MOVE = """
            SELECT SUM(available), SUM(unavailable) FROM (
                SELECT COUNT(*) FILTER (WHERE internal_move_available) AS available,
                       COUNT(*) FILTER (WHERE NOT internal_move_available) AS unavailable
                FROM insight_person WHERE %s
                GROUP BY week, from_role) cells
            WHERE (available = 0 OR available >= ?) AND (unavailable = 0 OR unavailable >= ?)""";

    /** What people are counted by, as a column (or expression) of insight_person. */
    public enum Bucket {
        TOP_OPTION("top_option"),
        TOP_TARGET_ROLE("top_target_role"),
        /** The lower bound of the top score's band of 10 points; 100 falls in the band from 90. */
        SCORE_BAND("CAST(LEAST(FLOOR(top_score / 10), 9) * 10 AS INTEGER)");

        private final String expression;

        Bucket(String expression) {
            this.expression = expression;
        }
    }

    private final DataSource dataSource;

    public CohortStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return false when there is no such assessment of the tenant (erased, or never stored), so nothing was kept */
    public boolean upsert(Person person) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_PERSON)) {
                upsert.setObject(1, person.scoredAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                upsert.setObject(2, person.week());
                upsert.setString(3, person.topOption());
                upsert.setString(4, person.topTargetRole());
                upsert.setDouble(5, person.topScore());
                upsert.setObject(6, person.assessmentId());
                upsert.setString(7, person.tenant());
                if (upsert.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement delete = connection.prepareStatement(DELETE_GAPS)) {
                delete.setObject(1, person.assessmentId());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_GAP)) {
                for (Gap gap : person.gaps()) {
                    insert.setObject(1, person.assessmentId());
                    insert.setString(2, gap.skill());
                    insert.setDouble(3, gap.scoreGain());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Materialising the insight of " + person.assessmentId() + " failed", e);
        }
    }

    public long people(Cohort cohort) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(PEOPLE)) {
            int next = bindCohort(select, 1, cohort);
            select.setInt(next, cohort.minimum());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting a cohort failed", e);
        }
    }

    /** People by a bucket, most first. */
    public List<Count> byBucket(Cohort cohort, Bucket bucket) {
        String sql = "SELECT bucket, SUM(n) FROM (SELECT week, from_role, CAST(" + bucket.expression + " AS TEXT) AS bucket, "
                + "COUNT(*) AS n FROM insight_person WHERE " + COHORT + " GROUP BY week, from_role, bucket "
                + "HAVING COUNT(*) >= ?) cells GROUP BY bucket ORDER BY SUM(n) DESC, bucket";
        List<Count> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int next = bindCohort(select, 1, cohort);
            select.setInt(next, cohort.minimum());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new Count(rows.getString(1), rows.getLong(2), 0));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting a cohort failed", e);
        }
    }

    /** The skill gaps of the top recommendations, most people first, at most {@code limit}. */
    public List<Count> gaps(Cohort cohort, int limit) {
        List<Count> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(GAPS)) {
            int next = bindCohort(select, 1, cohort);
            select.setString(next++, cohort.tenant());
            select.setInt(next++, cohort.minimum());
            select.setInt(next++, cohort.minimum());
            select.setInt(next, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new Count(rows.getString(1), rows.getLong(2), rows.getDouble(3)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting a cohort failed", e);
        }
    }

    /** People with an internal move available and without, each 0 when no cell may show it. */
    public long[] internalMove(Cohort cohort) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(INTERNAL_MOVE.formatted(COHORT))) {
            int next = bindCohort(select, 1, cohort);
            select.setInt(next++, cohort.minimum());
            select.setInt(next, cohort.minimum());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting a cohort failed", e);
        }
    }

    private static int bindCohort(PreparedStatement statement, int first, Cohort cohort) throws SQLException {
        statement.setString(first, cohort.tenant());
        statement.setObject(first + 1, cohort.fromWeek());
        statement.setObject(first + 2, cohort.toWeek());
        statement.setString(first + 3, cohort.currentRole());
        statement.setString(first + 4, cohort.currentRole());
        return first + 5;
    }
}
