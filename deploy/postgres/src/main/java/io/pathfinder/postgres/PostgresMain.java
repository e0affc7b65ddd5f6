package io.pathfinder.postgres;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The local stack's database server: {@code java -jar postgres-<version>.jar}, configured by the
 * environment variables POSTGRES_PORT (5433) and POSTGRES_DATA_DIR (.data/postgres).
 */
public final class PostgresMain {

    private PostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // slf4j-simple reads its level once, when the first logger is created; -D still wins.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");

        int port = Integer.parseInt(environment("POSTGRES_PORT", "5433"));
        Path dataDirectory = Path.of(environment("POSTGRES_DATA_DIR", ".data/postgres"));

        if (PostgresServer.stopServerOn(dataDirectory)) {
            System.out.println("Stopped the PostgreSQL server a killed local stack left running on " + dataDirectory);
        }
        PostgresServer server = PostgresServer.start(port, dataDirectory);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-shutdown"));
        System.out.println("PostgreSQL ready on " + server.jdbcUrl());
        // The server runs detached: this process waits until it is told to stop, then stops the server.
        Thread.currentThread().join();
    }

    private static String environment(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank()).orElse(fallback);
    }
}
