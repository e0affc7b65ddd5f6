package io.pathfinder.catalog.entry;

import io.pathfinder.contracts.model.CatalogChanged;
import io.pathfinder.contracts.model.CatalogChanged.ChangeEnum;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.TransitionOption;
import io.pathfinder.contracts.model.TransitionPath;
import io.pathfinder.outbox.Outbox;
import io.pathfinder.outbox.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bumps the catalogue version and writes one outbox event per changed entry, inside the caller's
 * transaction: the events exist exactly when the change commits.
 */
@ApplicationScoped
public class ChangeLog {

    /** The compacted topic every change goes to, keyed by entry. */
    private static final String TOPIC = "pathfinder.catalog-changed.v1";
    private static final Map<String, String> HEADERS = Map.of("event-type", "CatalogChanged");

    private final EntryDocuments documents;
    private final Outbox outbox;
    private final Instance<EntryKind<?, ?>> kinds;

    public ChangeLog(EntryDocuments documents, Outbox outbox, Instance<EntryKind<?, ?>> kinds) {
        this.documents = documents;
        this.outbox = outbox;
        this.kinds = kinds;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long record(List<CatalogChange> changes) {
        CatalogVersionEntity row = lockVersion();
        return stamp(row, row.version + 1, changes);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long recordImport(long version, List<CatalogChange> changes) {
        return stamp(lockVersion(), version, changes);
    }

    /**
     * Writes the entry changes still pending (a deletion waits for the flush) before locking the
     * version: a writer then takes its entry rows first and the version last, so one holding the
     * version never waits for an entry row another writer holds while it queues for the version.
     */
    private static CatalogVersionEntity lockVersion() {
        CatalogVersionEntity.flush();
        return CatalogVersionEntity.lockForChange();
    }

    private long stamp(CatalogVersionEntity row, long version, List<CatalogChange> changes) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        row.version = version;
        row.updatedAt = now;
        // Counted after the change (the query flushes it), so consumers can tell a complete copy.
        long entryCount = kinds.stream().mapToLong(EntryKind::count).sum();
        outbox.append(changes.stream()
                .map(change -> new OutboxMessage(TOPIC, change.key(), documents.write(event(change, version, entryCount, now)),
                        HEADERS))
                .toList());
        return version;
    }

    private static CatalogChanged event(CatalogChange change, long version, long entryCount, OffsetDateTime at) {
        CatalogChanged event = new CatalogChanged(UUID.randomUUID(), version, entryCount, at, change.entityType(),
                change.slug(), change.state() == null ? ChangeEnum.DELETED : ChangeEnum.UPSERTED);
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
