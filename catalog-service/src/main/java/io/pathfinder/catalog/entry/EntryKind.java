package io.pathfinder.catalog.entry;

import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One type of catalogue entry, as far as writing it differs from the others: how it is stored and read back (its
 * contract JSON, unless the type overrides that) and what its schema cannot check. {@link EntryWrites} does the
 * rest, the same for all. Everything here works within one catalogue.
 * <p>
 * The queries here are criteria queries, not HQL: they run when the service starts (the import check, the first
 * views), and the first HQL query of a process costs Hibernate's query-language parser about 140 ms to set up.
 *
 * @param <E> the entity that stores it
 * @param <T> the contract type
 */
public abstract class EntryKind<E extends CatalogEntryEntity, T> {

    private final EntityTypeEnum type;
    private final Class<T> model;
    private final Function<T, String> slug;
    private final Class<E> entity;
    private final Supplier<E> newEntity;
    private final EntryDocuments documents;

    protected EntryKind(EntityTypeEnum type, Class<T> model, Function<T, String> slug, Class<E> entity,
            Supplier<E> newEntity, EntryDocuments documents) {
        this.type = type;
        this.model = model;
        this.slug = slug;
        this.entity = entity;
        this.newEntity = newEntity;
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

    /** How many entries of this type the catalogue holds. */
    public long count(String catalog) {
        CriteriaBuilder criteria = entityManager().getCriteriaBuilder();
        CriteriaQuery<Long> query = criteria.createQuery(Long.class);
        Root<E> entry = query.from(entity);
        query.select(criteria.count(entry)).where(criteria.equal(entry.get("catalog"), catalog));
        return entityManager().createQuery(query).getSingleResult();
    }

    /** Every entry of this type in the catalogue, with what {@link #fetchWith} adds, in one query. */
    public List<E> all(String catalog) {
        CriteriaBuilder criteria = entityManager().getCriteriaBuilder();
        CriteriaQuery<E> query = criteria.createQuery(entity);
        Root<E> entry = query.from(entity);
        fetchWith(entry);
        query.where(criteria.equal(entry.get("catalog"), catalog));
        // A fetched collection repeats its entry's row once per element, each time as the same instance.
        return entityManager().createQuery(query).getResultStream().distinct().toList();
    }

    /** Joins what {@link #read} needs beyond the entry's own row, so that reading many takes no query each. */
    protected void fetchWith(Root<E> entry) {
    }

    public EntityTypeEnum type() {
        return type;
    }

    String slug(T entry) {
        return slug.apply(entry);
    }

    /** The stored entry, or null. */
    E find(String catalog, String slug) {
        return entityManager().find(entity, new EntryId(catalog, slug));
    }

    E newEntity(String catalog) {
        E entity = newEntity.get();
        entity.catalog = catalog;
        return entity;
    }

    private EntityManager entityManager() {
        return Panache.getEntityManager(entity);
    }
}
