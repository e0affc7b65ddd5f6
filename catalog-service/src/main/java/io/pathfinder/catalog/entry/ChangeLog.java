package io.pathfinder.catalog.entry;

import io.pathfinder.contracts.model.CatalogChanged;
import io.pathfinder.contracts.model.CatalogChanged.ChangeEnum;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.TransitionOption;
import io.pathfinder.contracts.model.TransitionPath;
import io.pathfinder.outbox.Outbox;
import io.pathfinder.outbox.OutboxMessage;
import io.pathfinder.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bumps a catalogue's version and writes one outbox event per changed entry, inside the caller's
 * transaction: the events exist exactly when the change commits. Each catalogue has its own version.
 */
@ApplicationScoped
public class ChangeLog {

    /** The compacted topic every change goes to, keyed by entry. */
    public static final String TOPIC = "pathfinder.catalog-changed.v1";
    private static final Map<String, String> HEADERS = Map.of("event-type", "CatalogChanged");

    private final EntryDocuments documents;
    private final Outbox outbox;
    private final Instance<EntryKind<?, ?>> kinds;

    public ChangeLog(EntryDocuments documents, Outbox outbox, Instance<EntryKind<?, ?>> kinds) {
        this.documents = documents;
        this.outbox = outbox;
        this.kinds = kinds;
    }

    /** Records changes of one catalogue, all of them {@code catalog}'s, as its next version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(String catalog, List<CatalogChange> changes) {
        CatalogVersionEntity row = lockVersion(catalog);
        return stamp(row, row.version + 1, changes);
    }

    /** Records a whole import into {@code catalog}, whose version row the caller holds, at the file's version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long recordImport(String catalog, long version, List<CatalogChange> changes) {
        return stamp(lockVersion(catalog), version, changes);
    }

    /**
     * Writes the entry changes still pending (a deletion waits for the flush) before locking the
     * version: a writer then takes its entry rows first and the version last, so one holding the
     * version never waits for an entry row another writer holds while it queues for the version.
     */
    private static CatalogVersionEntity lockVersion(String catalog) {
        CatalogVersionEntity.flush();
        CatalogVersionEntity row = CatalogVersionEntity.lockForChange(catalog);
        if (row == null) {
            throw ProblemException.notFound("No catalogue '" + catalog + "'.");
        }
        return row;
    }

    private long stamp(CatalogVersionEntity row, long version, List<CatalogChange> changes) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        row.version = version;
        row.updatedAt = now;
        // Counted after the change (the query flushes it), once for the whole change, so consumers can tell a
        // complete copy.
        long entryCount = kinds.stream().mapToLong(kind -> kind.count(row.catalog)).sum();
        // The version row this transaction holds until it commits keeps the catalogue's other writers, so the other
        // writers of these keys, from appending before then: the outbox needs no lock per key, which an import
        // of tens of thousands of entries would have more of than PostgreSQL's lock table holds.
        outbox.appendSerialised(changes.stream()
                .map(change -> new OutboxMessage(TOPIC, change.key(),
                        documents.write(event(change, version, entryCount, now)), HEADERS))
                .toList());
        return version;
    }

    private static CatalogChanged event(CatalogChange change, long version, long entryCount, OffsetDateTime at) {
        CatalogChanged event = new CatalogChanged(UUID.randomUUID(), version, entryCount, at, change.entityType(),
                change.slug(), change.state() == null ? ChangeEnum.DELETED : ChangeEnum.UPSERTED);
        event.setCatalog(change.catalog());
        if (change.state() != null) {
            switch (change.entityType()) {
                case ROLE -> event.setRole((Role) change.state());
                case SKILL -> event.setSkill((Skill) change.state());
                case OPTION -> event.setOption((TransitionOption) change.state());
                case PATH -> event.setPath((TransitionPath) change.state());
            }
        }
        return event;
    }
}
