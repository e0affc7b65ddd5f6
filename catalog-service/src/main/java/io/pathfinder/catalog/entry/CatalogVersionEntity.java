package io.pathfinder.catalog.entry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The single row holding the catalogue version; locking it serialises writers, so versions follow commit order. */
@Entity
@Table(name = "catalog_version")
public class CatalogVersionEntity extends PanacheEntityBase {

    private static final int ROW = 1;

    @Id
    public int id;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static CatalogVersionEntity current() {
        return findById(ROW);
    }

    public static CatalogVersionEntity lockForChange() {
        return findById(ROW, LockModeType.PESSIMISTIC_WRITE);
    }
}
