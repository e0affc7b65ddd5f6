package io.pathfinder.catalog.catalog.service;

import io.pathfinder.catalog.catalog.entity.CatalogEntryEntity;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;

/**
 * One type of catalogue entry, as far as writing it differs from the others: how it is stored and read back,
 * what its schema cannot check, and what depends on it. {@link EntryWrites} does the rest, the same for all.
 *
 * @param <E> the entity that stores it
 * @param <T> the contract type
 */
public interface EntryKind<E extends CatalogEntryEntity, T> {

    EntityTypeEnum type();

    String slug(T entry);

    /** The stored entry, or null. */
    E find(String slug);

    E newEntity();

    void fill(E entity, T entry);

    T read(E entity);

    /** What the contract's schema cannot say, checked before the entry is written. */
    default void check(T entry) {
    }

    /** The entries that depend on this one, which only a cascading delete may change. */
    default Dependents dependents(String slug) {
        return Dependents.NONE;
    }
}
