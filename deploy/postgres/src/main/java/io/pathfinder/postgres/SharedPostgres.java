package io.pathfinder.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real PostgreSQL server for every test of a JVM: it starts on first use and goes, with its
 * temporary data directory, when the JVM exits. Tests of failures may stop it for a while and start
 * it again on the same port and data.
 *
 * <p>Where it runs is kept in system properties, not in static fields: Quarkus loads test resources
 * in a class loader of each test profile, and each would otherwise start a server of its own. For
 * the same reason it is stopped through its data directory, not through an object.
 */
public final class SharedPostgres {

    private static final String PORT = "pathfinder.test.postgres.port";
    private static final String DATA = "pathfinder.test.postgres.data";

    private SharedPostgres() {
    }

    /** The shared server's JDBC URL, starting the server if this JVM has none yet. */
    public static String jdbcUrl() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PORT) == null) {
                Path dataDirectory = createTempDirectory();
                PostgresServer server = PostgresServer.start(0, dataDirectory);
                System.setProperty(PORT, String.valueOf(server.port()));
                System.setProperty(DATA, dataDirectory.toString());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    PostgresServer.stopServerOn(dataDirectory);
                    deleteRecursively(dataDirectory);
                }, "postgres-test-server-shutdown"));
            }
            return "jdbc:postgresql://localhost:" + System.getProperty(PORT) + "/" + PostgresServer.DATABASE;
        }
    }

    /** Stops the shared server, keeping its data, as an operator would for maintenance. */
    public static void stop() {
        synchronized (System.getProperties()) {
            PostgresServer.stopServerOn(dataDirectory());
        }
    }

    /** Starts the stopped shared server again, on its port and data directory. */
    public static void restart() {
        synchronized (System.getProperties()) {
            if (PostgresServer.runningServer(dataDirectory()).isEmpty()) {
                PostgresServer.start(Integer.getInteger(PORT), dataDirectory());
            }
        }
    }

    private static Path dataDirectory() {
        String directory = System.getProperty(DATA);
        if (directory == null) {
            throw new IllegalStateException("The shared PostgreSQL server was never started");
        }
        return Path.of(directory);
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("pathfinder-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
