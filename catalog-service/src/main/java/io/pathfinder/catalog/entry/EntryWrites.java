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
 * instance, through the change log. What differs between the types is their {@link EntryKind}.
 */
@ApplicationScoped
public class EntryWrites {

    private final ChangeLog changeLog;
    private final CurrentCatalog catalog;
    private final Instance<Referrers> referrers;

    public EntryWrites(ChangeLog changeLog, CurrentCatalog catalog, Instance<Referrers> referrers) {
        this.changeLog = changeLog;
        this.catalog = catalog;
        this.referrers = referrers;
    }

    public <E extends CatalogEntryEntity, T> Versioned<T> create(EntryKind<E, T> kind, T entry) {
        return write(() -> {
            String slug = kind.slug(entry);
            if (kind.find(slug) != null) {
                throw new ProblemException(ProblemType.CONFLICT, "The " + kind.type() + " '" + slug + "' exists already.");
            }
            kind.check(entry);
            return save(kind, kind.newEntity(), entry);
        });
    }

    public <E extends CatalogEntryEntity, T> Versioned<T> update(EntryKind<E, T> kind, String slug, String ifMatch, T entry) {
        return write(() -> {
            Preconditions.checkSameSlug(slug, kind.slug(entry));
            E entity = find(kind, slug, ifMatch);
            kind.check(entry);
            return save(kind, entity, entry);
        });
    }

    /** Refused while other entries depend on this one, unless {@code cascade} lets the change reach them too. */
    public void delete(EntryKind<?, ?> kind, String slug, String ifMatch, boolean cascade) {
        write(() -> {
            CatalogEntryEntity entity = find(kind, slug, ifMatch);
            List<Dependents> dependents = referrers.stream()
                    .map(referrer -> referrer.naming(kind.type(), slug))
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
            changes.add(CatalogChange.deleted(kind.type(), slug));
            return changeLog.record(changes);
        });
    }

    private <R> R write(Supplier<R> write) {
        boolean callersTransaction = QuarkusTransaction.isActive();
        R written = QuarkusTransaction.joiningExisting().call(write::get);
        if (!callersTransaction) {
            catalog.refresh();
        }
        return written;
    }

    private <E extends CatalogEntryEntity, T> Versioned<T> save(EntryKind<E, T> kind, E entity, T entry) {
        kind.fill(entity, entry);
        entity.persistAndFlush();
        T stored = kind.read(entity);
        changeLog.record(List.of(CatalogChange.upserted(kind.type(), entity.slug, stored)));
        return new Versioned<>(stored, entity.version);
    }

    private static <E extends CatalogEntryEntity> E find(EntryKind<E, ?> kind, String slug, String ifMatch) {
        E entity = kind.find(slug);
        if (entity == null) {
            throw ProblemException.notFound("No " + kind.type() + " with slug '" + slug + "'.");
        }
        Preconditions.checkIfMatch(ifMatch, entity.version);
        return entity;
    }
}
