package io.pathfinder.assessment.results;

import io.pathfinder.assessment.store.AssessmentState;
import io.pathfinder.assessment.store.CompletionChannel;
import io.pathfinder.assessment.store.ScoringStore;
import io.pathfinder.outbox.PgNotifications;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Wakes this instance's long-polling readers when another instance completes their assessment: one
 * session per instance LISTENs on the {@link CompletionChannel}; the announced assessments that
 * readers here wait for are read, in one query for all that arrived together, and handed to their
 * readers. After every (re)connection all awaited assessments are read, since a completion while
 * nobody listened was announced to nobody.
 */
@ApplicationScoped
public class CompletionListener {

    private static final Logger LOG = Logger.getLogger(CompletionListener.class);
    /** How long one wait for notifications lasts; after a quiet one the session is checked, and stopping noticed. */
    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);
    private static final int VALIDATION_SECONDS = 5;

    private final DataSource dataSource;
    private final CompletionChannel channel;
    private final ScoringStore store;
    private final ResultWaiters waiters;
    private volatile boolean running = true;
    private Thread thread;

    public CompletionListener(DataSource dataSource, CompletionChannel channel, ScoringStore store, ResultWaiters waiters) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.store = store;
        this.waiters = waiters;
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::run, "completion-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        // No interrupt, as for the outbox relay: the thread notices within a wait.
        running = false;
        thread.join(QUIET.plus(RETRY_BACKOFF).plusSeconds(VALIDATION_SECONDS).toMillis());
    }

    private void run() {
        while (running) {
            try (Connection session = dataSource.getConnection()) {
                listen(session);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Listening for completed assessments stopped (%s); retrying in %s", e, RETRY_BACKOFF);
                    pause();
                }
            }
        }
    }

    private void listen(Connection session) throws SQLException {
        try {
            PgNotifications.listen(session, CompletionChannel.NAME);
            wake(waiters.awaited());
            while (running) {
                List<String> payloads = PgNotifications.await(session, QUIET);
                if (payloads.isEmpty() && !session.isValid(VALIDATION_SECONDS)) {
                    throw new SQLException("The listening session was lost");
                }
                wake(waiters.awaited(payloads.stream().flatMap(payload -> channel.completedElsewhere(payload).stream()).toList()));
            }
        } finally {
            unlistenQuietly(session);
        }
    }

    private void wake(List<UUID> awaited) {
        store.find(awaited).values().stream()
                .filter(assessment -> assessment.status() != AssessmentState.PENDING)
                .forEach(waiters::completed);
    }

    private static void unlistenQuietly(Connection session) {
        try {
            PgNotifications.unlistenAll(session);
        } catch (SQLException brokenSession) {
            // A broken session listens no more anyway.
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_BACKOFF.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
