package io.pathfinder.assessment.store;

import io.pathfinder.outbox.PgNotifications;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL notification channel on which completed assessments are announced to every
 * instance, so that a reader long-polling on one is woken when another scores its assessment. A
 * notification's payload is the assessment's id, then a space and the id of the instance that
 * completed it; each instance ignores its own, as it wakes its readers itself with the stored result.
 */
@ApplicationScoped
public class CompletionChannel {

    public static final String NAME = "assessment.completed";

    private static final Logger LOG = Logger.getLogger(CompletionChannel.class);

    private final String instance = UUID.randomUUID().toString();

    /** Announces the assessments in the connection's transaction: delivered when it commits, and only if it does. */
    void announce(Connection connection, Collection<UUID> completed) throws SQLException {
        if (!completed.isEmpty()) {
            PgNotifications.notify(connection, NAME, completed.stream().map(id -> id + " " + instance).toList());
        }
    }

    /** The assessment a notification announces, unless this instance completed it. */
    public Optional<UUID> completedElsewhere(String payload) {
        String[] parts = payload.split(" ", 2);
        if (parts.length == 2 && parts[1].equals(instance)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(parts[0]));
        } catch (IllegalArgumentException e) {
            LOG.warnf("Ignored a notification on %s that names no assessment: %s", NAME, payload);
            return Optional.empty();
        }
    }
}
