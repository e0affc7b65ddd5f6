package io.pathfinder.catalog.entry;

import io.pathfinder.catalog.view.CurrentCatalog;
import io.pathfinder.catalog.view.Versioned;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.problems.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Creates, replaces and deletes catalogue entries of every type the same way: slug and If-Match checks, and the
 * change log written in the same transaction. A write that commits here refreshes this instance's view at once,
 * so a client reads its own write; a write in a caller's transaction reaches the view, as on every other
 * instance, through the change log. What differs between the types is their {@link EntryKind}. Every write
 * works within one catalogue, whose version it bumps.
 */
@ApplicationScoped
public class EntryWrites {

    private final ChangeLog changeLog;
    private final CurrentCatalog views;
    private final Instance<Referrers> referrers;

    public EntryWrites(ChangeLog changeLog, CurrentCatalog views, Instance<Referrers> referrers) {
        this.changeLog = changeLog;
        this.views = views;
        this.referrers = referrers;
    }

    public <E extends CatalogEntryEntity, T> Versioned<T> create(String catalog, EntryKind<E, T> kind, T entry) {
        return write(catalog, () -> {
            String slug = kind.slug(entry);
            if (kind.find(catalog, slug) != null) {
                throw new ProblemException(ProblemType.CONFLICT, "The " + kind.type() + " '" + slug + "' exists already.");
            }
            kind.check(catalog, entry);
            return save(catalog, kind, kind.newEntity(catalog), entry);
        });
    }

    public <E extends CatalogEntryEntity, T> Versioned<T> update(String catalog, EntryKind<E, T> kind, String slug,
            String ifMatch, T entry) {
        return write(catalog, () -> {
            Preconditions.checkSameSlug(slug, kind.slug(entry));
            E entity = find(catalog, kind, slug, ifMatch);
            kind.check(catalog, entry);
            return save(catalog, kind, entity, entry);
        });
    }

    /** Refused while other entries depend on this one, unless {@code cascade} lets the change reach them too. */
    public void delete(String catalog, EntryKind<?, ?> kind, String slug, String ifMatch, boolean cascade) {
        write(catalog, () -> {
            CatalogEntryEntity entity = find(catalog, kind, slug, ifMatch);
            List<Dependents> dependents = referrers.stream()
                    .map(referrer -> referrer.naming(catalog, kind.type(), slug))
                    .filter(Dependents::any)
                    .sorted(Comparator.comparing(Dependents::conflict))
                    .toList();
            if (!dependents.isEmpty() && !cascade) {
                throw new ProblemException(ProblemType.CONFLICT, "The " + kind.type() + " '" + slug + "' is "
                        + dependents.stream().map(Dependents::conflict).collect(Collectors.joining(" and "))
                        + "; delete with cascade=true to go ahead.");
            }
            List<CatalogChange> changes = new ArrayList<>();
            dependents.forEach(dependent -> changes.addAll(dependent.cascade().get()));
            entity.delete();
            changes.add(CatalogChange.deleted(catalog, kind.type(), slug));
            return changeLog.record(catalog, changes);
        });
    }

    /** Catalogues come into being by import only: a write to one that does not exist is refused (404). */
    private <R> R write(String catalog, Supplier<R> write) {
        boolean callersTransaction = QuarkusTransaction.isActive();
        R written = QuarkusTransaction.joiningExisting().call(() -> {
            if (CatalogVersionEntity.of(catalog) == null) {
                throw ProblemException.notFound("No catalogue '" + catalog + "'.");
            }
            return write.get();
        });
        if (!callersTransaction) {
            views.refresh(catalog);
        }
        return written;
    }

    private <E extends CatalogEntryEntity, T> Versioned<T> save(String catalog, EntryKind<E, T> kind, E entity, T entry) {
        kind.fill(entity, entry);
        entity.persistAndFlush();
        T stored = kind.read(entity);
        changeLog.record(catalog, List.of(CatalogChange.upserted(catalog, kind.type(), entity.slug, stored)));
        return new Versioned<>(stored, entity.version);
    }

    private static <E extends CatalogEntryEntity> E find(String catalog, EntryKind<E, ?> kind, String slug, String ifMatch) {
        E entity = kind.find(catalog, slug);
        if (entity == null) {
            throw ProblemException.notFound("No " + kind.type() + " with slug '" + slug + "'.");
        }
        Preconditions.checkIfMatch(ifMatch, entity.version);
        return entity;
    }
}
