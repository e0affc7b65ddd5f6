package io.pathfinder.catalog.entry;

import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One type of catalogue entry, as far as writing it differs from the others: how it is stored and read back, and,
 * where a type overrides them, what its schema cannot check and what depends on it. {@link EntryWrites} does the
 * rest, the same for all.
 *
 * @param <E> the entity that stores it
 * @param <T> the contract type
 */
public abstract class EntryKind<E extends CatalogEntryEntity, T> {

    private final EntityTypeEnum type;
    private final Function<T, String> slug;
    private final Function<String, E> find;
    private final Supplier<E> newEntity;
    private final BiConsumer<E, T> fill;
    private final Function<E, T> read;

    protected EntryKind(EntityTypeEnum type, Function<T, String> slug, Function<String, E> find, Supplier<E> newEntity,
            BiConsumer<E, T> fill, Function<E, T> read) {
        this.type = type;
        this.slug = slug;
        this.find = find;
        this.newEntity = newEntity;
        this.fill = fill;
        this.read = read;
    }

    /** What the contract's schema cannot say, checked before the entry is written. */
    protected void check(T entry) {
    }

    /** The entries that depend on this one, which only a cascading delete may change. */
    protected Dependents dependents(String slug) {
        return Dependents.NONE;
    }

    EntityTypeEnum type() {
        return type;
    }

    String slug(T entry) {
        return slug.apply(entry);
    }

    /** The stored entry, or null. */
    E find(String slug) {
        return find.apply(slug);
    }

    E newEntity() {
        return newEntity.get();
    }

    void fill(E entity, T entry) {
        fill.accept(entity, entry);
    }

    T read(E entity) {
        return read.apply(entity);
    }
}
