package io.pathfinder.catalog.entry;

import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * One type of catalogue entry, as far as writing it differs from the others: how it is stored and read back (its
 * contract JSON, unless the type overrides that) and what its schema cannot check. {@link EntryWrites} does the
 * rest, the same for all. Everything here works within one catalogue.
 *
 * @param <E> the entity that stores it
 * @param <T> the contract type
 */
public abstract class EntryKind<E extends CatalogEntryEntity, T> {

    private final EntityTypeEnum type;
    private final Class<T> model;
    private final Function<T, String> slug;
    private final BiFunction<String, String, E> find;
    private final Supplier<E> newEntity;
    private final ToLongFunction<String> count;
    private final EntryDocuments documents;

    /**
     * @param find the stored entry of a catalogue and slug, or null
     * @param count how many entries of this type a catalogue holds
     */
    protected EntryKind(EntityTypeEnum type, Class<T> model, Function<T, String> slug,
            BiFunction<String, String, E> find, Supplier<E> newEntity, ToLongFunction<String> count,
            EntryDocuments documents) {
        this.type = type;
        this.model = model;
        this.slug = slug;
        this.find = find;
        this.newEntity = newEntity;
        this.count = count;
        this.documents = documents;
    }

    /** Stores the entry in the entity, which already names its catalogue. */
    public void fill(E entity, T entry) {
        entity.slug = slug(entry);
        entity.document = documents.write(entry);
    }

    /** The entry as stored. */
    public T read(E entity) {
        return documents.read(entity.document, model);
    }

    /** What the contract's schema cannot say, checked against the entry's catalogue before the entry is written. */
    protected void check(String catalog, T entry) {
    }

    /** Stores a new entry unchecked: only for an import, whose file is checked as a whole. */
    public CatalogChange insert(String catalog, T entry) {
        E entity = newEntity(catalog);
        fill(entity, entry);
        entity.persist();
        return CatalogChange.upserted(catalog, type, slug(entry), entry);
    }

    public long count(String catalog) {
        return count.applyAsLong(catalog);
    }

    public EntityTypeEnum type() {
        return type;
    }

    String slug(T entry) {
        return slug.apply(entry);
    }

    /** The stored entry, or null. */
    E find(String catalog, String slug) {
        return find.apply(catalog, slug);
    }

    E newEntity(String catalog) {
        E entity = newEntity.get();
        entity.catalog = catalog;
        return entity;
    }
}
