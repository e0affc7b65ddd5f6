package io.pathfinder.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server, run from the binaries in a Maven artifact, that keeps its data in one
 * directory and restarts on it. Durable like a production server: every commit is flushed to disk
 * (the library's defaults turn fsync and synchronous commit off).
 */
public final class PostgresServer implements AutoCloseable {

    /** The database the services use, each in a schema of its own. */
    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String LIBRARY_LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server and returns once it accepts connections.
     *
     * @param port          the port clients connect to, or 0 for a free one
     * @param dataDirectory where the server keeps its data; initialised on first use
     */
    public static PostgresServer start(int port, Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            return new PostgresServer(EmbeddedPostgres.builder()
                    .setPort(port == 0 ? freePort() : port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Stopped by close(), or by whoever owns this server: the JVM's exit is not the owner's stop.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setPgBinaryResolver(new BundledBinaries())
                    .start(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + dataDirectory, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The JDBC URL of the services' database, without credentials (the server trusts local connections). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** The server's main process; its sessions are processes of their own under it. */
    public ProcessHandle process() {
        return runningServer(dataDirectory).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
    }

    /** A fast shutdown: open sessions are ended, committed data stays. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops, with a fast shutdown, whatever server runs on the data directory: one this JVM started
     * in another class loader, or one left behind when whoever started it was killed (PostgreSQL
     * runs detached, so it outlives its starter).
     *
     * @return whether a server was running there
     */
    public static boolean stopServerOn(Path dataDirectory) {
        Optional<ProcessHandle> server = runningServer(dataDirectory);
        server.ifPresent(PostgresServer::fastShutdown);
        try {
            // The library locks this file while its server runs and frees it only in close(); a server
            // stopped another way would keep it locked for this JVM, and a restart here would fail.
            Files.deleteIfExists(dataDirectory.resolve(LIBRARY_LOCK_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server.isPresent();
    }

    static Optional<ProcessHandle> runningServer(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (Files.notExists(pidFile)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(pidFile)) {
            return lines.findFirst()
                    .map(String::strip)
                    .filter(pid -> pid.matches("\\d+"))
                    .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown; Java's own destroy() sends SIGTERM, which waits for every client. */
    private static void fastShutdown(ProcessHandle server) {
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).inheritIO().start().waitFor();
            server.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL (pid " + server.pid() + ") did not stop in " + STOP_TIMEOUT, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
