package io.pathfinder.catalog.entry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every catalogue entry stores: its catalogue and slug, the version that guards concurrent writes, and its
 * contract JSON.
 */
@MappedSuperclass
@IdClass(EntryId.class)
public abstract class CatalogEntryEntity extends PanacheEntityBase {

    @Id
    public String catalog;

    @Id
    public String slug;

    @Version
    public long version;

    public String document;
}
