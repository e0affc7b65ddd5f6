package io.pathfinder.catalog.entry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.criteria.CriteriaQuery;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A catalogue's version, one row per catalogue: locking it serialises that catalogue's writers, so its versions
 * follow commit order. The row is what makes a catalogue exist.
 */
@Entity
@Table(name = "catalog_version")
public class CatalogVersionEntity extends PanacheEntityBase {

    @Id
    public String catalog;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The import file's sources as a JSON array, or null when it named none. */
    public String sources;

    /** Every catalogue's row, by a criteria query: this runs at start, where an HQL query would set up its parser. */
    public static List<CatalogVersionEntity> all() {
        CriteriaQuery<CatalogVersionEntity> query = getEntityManager().getCriteriaBuilder()
                .createQuery(CatalogVersionEntity.class);
        query.from(CatalogVersionEntity.class);
        return getEntityManager().createQuery(query).getResultList();
    }

    /** The catalogue's row, or null when there is no such catalogue. */
    public static CatalogVersionEntity of(String catalog) {
        return findById(catalog);
    }

    /**
     * The catalogue's row, locked until the transaction ends and read again under the lock; null when there is no
     * such catalogue. Read again, because a row this transaction read before (a write checks the catalogue exists)
     * would otherwise keep the version as it was then, and a writer that committed since would have its version
     * taken twice and the row set back.
     */
    public static CatalogVersionEntity lockForChange(String catalog) {
        CatalogVersionEntity row = findById(catalog);
        if (row != null) {
            getEntityManager().refresh(row, LockModeType.PESSIMISTIC_WRITE);
        }
        return row;
    }

    /** Creates the row of a catalogue at version 0 (nothing imported) unless another transaction has. */
    public static void createIfAbsent(String catalog) {
        getEntityManager().createNativeQuery("INSERT INTO catalog_version (catalog, version, updated_at) "
                        + "VALUES (?1, 0, now()) ON CONFLICT (catalog) DO NOTHING")
                .setParameter(1, catalog)
                .executeUpdate();
    }
}
