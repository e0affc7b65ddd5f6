package io.pathfinder.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL's LISTEN/NOTIFY, as the outbox and the services use it to wake each other across
 * instances. A notification sent in a transaction is delivered when it commits, and only if it does;
 * a listener holds a session of its own, and hands it back to the pool unsubscribed.
 */
public final class PgNotifications {

    private PgNotifications() {
    }

    /** Sends each payload on the channel, in the connection's transaction; one round trip for all. */
    public static void notify(Connection connection, String channel, Collection<String> payloads) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement(
                "SELECT pg_notify(?, payload) FROM unnest(?::text[]) AS payload")) {
            notify.setString(1, channel);
            notify.setArray(2, connection.createArrayOf("text", payloads.toArray()));
            notify.execute();
        }
    }

    public static void listen(Connection session, String channel) throws SQLException {
        execute(session, "LISTEN \"" + channel.replace("\"", "\"\"") + "\"");
    }

    /** The payloads that arrived, waiting up to the timeout for the first; none when it ran out. */
    public static List<String> await(Connection session, Duration timeout) throws SQLException {
        PGNotification[] arrived = session.unwrap(PGConnection.class).getNotifications((int) Math.max(1, timeout.toMillis()));
        List<String> payloads = new ArrayList<>();
        if (arrived != null) {
            for (PGNotification notification : arrived) {
                payloads.add(notification.getParameter());
            }
        }
        return payloads;
    }

    /** Ends the session's subscriptions, before it goes back to the pool. */
    public static void unlistenAll(Connection session) throws SQLException {
        execute(session, "UNLISTEN *");
    }

    private static void execute(Connection session, String sql) throws SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute(sql);
        }
    }
}
