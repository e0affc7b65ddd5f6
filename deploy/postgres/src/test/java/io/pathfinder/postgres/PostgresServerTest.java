package io.pathfinder.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsCommittedDataWhenRestartedOnTheSameDataDirectoryAndPort() throws Exception {
        int port;
        try (PostgresServer server = PostgresServer.start(0, dataDirectory)) {
            port = server.port();
            execute(server, "CREATE TABLE kept (value TEXT)", "INSERT INTO kept VALUES ('committed')");
        }
        try (PostgresServer server = PostgresServer.start(port, dataDirectory)) {
            assertEquals("committed", queryString(server, "SELECT value FROM kept"));
        }
    }

    @Test
    void runsDurablyUnlikeTheLibraryDefaults() throws Exception {
        try (PostgresServer server = PostgresServer.start(0, dataDirectory)) {
            assertEquals("on", queryString(server, "SHOW fsync"));
            assertEquals("on", queryString(server, "SHOW synchronous_commit"));
            assertTrue(queryString(server, "SHOW server_version").startsWith("17."));
        }
    }

    @Test
    void refusesConnectionsOnceClosed() {
        PostgresServer server = PostgresServer.start(0, dataDirectory);
        server.close();
        assertThrows(SQLException.class, () -> DriverManager.getConnection(server.jdbcUrl(), PostgresServer.USER, "").close());
    }

    @Test
    void stopsAServerLeftRunningOnItsDataDirectory() throws SQLException {
        PostgresServer abandoned = PostgresServer.start(0, dataDirectory);

        assertTrue(PostgresServer.stopServerOn(dataDirectory));
        assertThrows(SQLException.class, () -> DriverManager.getConnection(abandoned.jdbcUrl(), PostgresServer.USER, "").close());
        assertFalse(PostgresServer.stopServerOn(dataDirectory), "nothing is left to stop");
        try (PostgresServer restarted = PostgresServer.start(abandoned.port(), dataDirectory)) {
            assertEquals("on", queryString(restarted, "SHOW fsync"));
        }
    }

    private static void execute(PostgresServer server, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), PostgresServer.USER, "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String queryString(PostgresServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), PostgresServer.USER, "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
