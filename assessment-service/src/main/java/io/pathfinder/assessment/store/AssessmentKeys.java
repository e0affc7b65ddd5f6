package io.pathfinder.assessment.store;

import io.pathfinder.assessment.store.ScoringStore.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The assessments' data keys ({@link PayloadCipher}), in table assessment_key. Erasing destroys a key and
 * keeps its row, keyless, as the record that the assessment was erased. Within a transaction the pool
 * hands out the transaction's own connection, so these writes commit with the caller's.
 */
@ApplicationScoped
public class AssessmentKeys {

    /** An assessment's data key; null once the assessment is erased. */
    public record DataKey(UUID assessmentId, byte[] secret) {

        public boolean erased() {
            return secret == null;
        }
    }

    private static final String CREATE = """
            INSERT INTO assessment_key (assessment_id, tenant, data_key, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (assessment_id) DO NOTHING""";
    private static final String FIND = "SELECT assessment_id, data_key FROM assessment_key WHERE assessment_id = ANY(?)";
    // Shares the lock an erasure takes: an erasure that committed first is seen, one that comes later waits.
    private static final String LOCK_ERASED = FIND + " FOR SHARE";
    // An assessment keyed before keys existed has no row yet: its record of erasure is made here.
    private static final String ERASE = """
            INSERT INTO assessment_key (assessment_id, tenant, data_key, created_at, erased_at) VALUES (?, ?, NULL, ?, ?)
            ON CONFLICT (assessment_id) DO UPDATE SET data_key = NULL, erased_at = excluded.erased_at""";

    private final DataSource dataSource;

    public AssessmentKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new assessment's key, made and stored. */
    public byte[] create(UUID assessmentId, String tenant) {
        return findOrCreate(Map.of(assessmentId, tenant)).get(assessmentId).secret();
    }

    /**
     * Keys the assessments (id to tenant) that have no row yet, each with a fresh key; an existing key, or
     * record of erasure, is left as it is. Returns every one's row.
     */
    public Map<UUID, DataKey> findOrCreate(Map<UUID, String> tenants) {
        insert(tenants);
        return find(tenants.keySet());
    }

    /** The rows there are of these assessments: keys, and records of erasure. */
    public Map<UUID, DataKey> find(Collection<UUID> ids) {
        return find(FIND, ids);
    }

    /** Those of the assessments that are erased, their rows locked until the caller's transaction ends. */
    public Set<UUID> lockErased(Collection<UUID> ids) {
        Set<UUID> erased = new HashSet<>();
        find(LOCK_ERASED, ids).values().stream().filter(DataKey::erased).forEach(key -> erased.add(key.assessmentId()));
        return erased;
    }

    /** Destroys the assessment's key, leaving the record that it was erased. */
    public void erase(UUID assessmentId, String tenant) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement erase = connection.prepareStatement(ERASE)) {
            erase.setObject(1, assessmentId);
            erase.setString(2, tenant);
            erase.setObject(3, now);
            erase.setObject(4, now);
            erase.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not erase the key of assessment " + assessmentId, e);
        }
    }

    private void insert(Map<UUID, String> tenants) {
        if (tenants.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement create = connection.prepareStatement(CREATE)) {
            for (Map.Entry<UUID, String> assessment : tenants.entrySet()) {
                create.setObject(1, assessment.getKey());
                create.setString(2, assessment.getValue());
                create.setBytes(3, PayloadCipher.newKey());
                create.setObject(4, now);
                create.addBatch();
            }
            create.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("Could not store data keys", e);
        }
    }

    private Map<UUID, DataKey> find(String sql, Collection<UUID> ids) {
        Map<UUID, DataKey> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(sql)) {
            find.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    DataKey key = new DataKey(rows.getObject(1, UUID.class), rows.getBytes(2));
                    found.put(key.assessmentId(), key);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("Could not read data keys", e);
        }
    }
}
