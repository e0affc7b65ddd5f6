package io.pathfinder.catalog.entry;

import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One type of catalogue entry, as far as writing it differs from the others: how it is stored and read back (its
 * contract JSON, unless the type overrides that) and what its schema cannot check. {@link EntryWrites} does the
 * rest, the same for all.
 *
 * @param <E> the entity that stores it
 * @param <T> the contract type
 */
public abstract class EntryKind<E extends CatalogEntryEntity, T> {

    private final EntityTypeEnum type;
    private final Class<T> model;
    private final Function<T, String> slug;
    private final Function<String, E> find;
    private final Supplier<E> newEntity;
    private final LongSupplier count;
    private final EntryDocuments documents;

    protected EntryKind(EntityTypeEnum type, Class<T> model, Function<T, String> slug, Function<String, E> find,
            Supplier<E> newEntity, LongSupplier count, EntryDocuments documents) {
        this.type = type;
        this.model = model;
        this.slug = slug;
        this.find = find;
        this.newEntity = newEntity;
        this.count = count;
        this.documents = documents;
    }

    /** Stores the entry in the entity. */
    public void fill(E entity, T entry) {
        entity.slug = slug(entry);
        entity.document = documents.write(entry);
    }

    /** The entry as stored. */
    public T read(E entity) {
        return documents.read(entity.document, model);
    }

    /** What the contract's schema cannot say, checked before the entry is written. */
    protected void check(T entry) {
    }

    /** Stores a new entry unchecked: only for an import, whose file is checked as a whole. */
    public CatalogChange insert(T entry) {
        E entity = newEntity();
        fill(entity, entry);
        entity.persist();
        return CatalogChange.upserted(type, slug(entry), entry);
    }

    public long count() {
        return count.getAsLong();
    }

    public EntityTypeEnum type() {
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
}
