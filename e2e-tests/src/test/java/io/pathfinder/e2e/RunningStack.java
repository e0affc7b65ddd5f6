package io.pathfinder.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.pathfinder.kafka.SharedKafkaBroker;
import io.pathfinder.postgres.SharedPostgres;

/**
 * The whole of Pathfinder as integrators meet it: a real Kafka broker, a real PostgreSQL and both packaged services,
 * started once per test JVM and stopped when it exits.
 *
 * <p>Set the system properties {@code pathfinder.stack.catalog-url}, {@code pathfinder.stack.assessment-url}
 * and {@code pathfinder.stack.kafka-bootstrap-servers} to drive a stack that is already running instead
 * (for example the local stack of {@code deploy/local/start.sh}); tokens are then minted with the
 * development key pair, which that stack trusts.
 */
public final class RunningStack {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static RunningStack instance;

    private final String catalogUrl;
    private final String assessmentUrl;
    private final String kafkaBootstrapServers;

    private RunningStack(String catalogUrl, String assessmentUrl, String kafkaBootstrapServers) {
        this.catalogUrl = catalogUrl;
        this.assessmentUrl = assessmentUrl;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    public static synchronized RunningStack get() {
        if (instance == null) {
            instance = Optional.ofNullable(System.getProperty("pathfinder.stack.assessment-url"))
                    .map(assessmentUrl -> new RunningStack(System.getProperty("pathfinder.stack.catalog-url"),
                            assessmentUrl, System.getProperty("pathfinder.stack.kafka-bootstrap-servers")))
                    .orElseGet(RunningStack::start);
        }
        return instance;
    }

    public String catalogUrl() {
        return catalogUrl;
    }

    public String assessmentUrl() {
        return assessmentUrl;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** A bearer token for the assessment API, for the given tenant. */
    public String tenantToken(String tenant) {
        return mintToken("tenant", tenant);
    }

    /** A bearer token of a catalogue administrator. */
    public String adminToken() {
        return mintToken("admin");
    }

    /** This module's build folder, where tests leave what they produce (screenshots, logs). */
    public static Path buildDir() {
        return repositoryRoot().resolve("e2e-tests/target");
    }

    public static Path repositoryRoot() {
        return Path.of(System.getProperty("pathfinder.repository-root", "..")).toAbsolutePath().normalize();
    }

    private static RunningStack start() {
        Path stackDir = buildDir().resolve("stack-" + Instant.now().toEpochMilli());
        String kafka = SharedKafkaBroker.bootstrapServers();
        String database = SharedPostgres.jdbcUrl();
        List<Process> services = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(services), "e2e-stack-shutdown"));
        int catalogPort = freePort();
        int assessmentPort = freePort();
        services.add(launch("catalog-service", catalogPort, kafka, database, stackDir));
        services.add(launch("assessment-service", assessmentPort, kafka, database, stackDir));
        RunningStack stack = new RunningStack("http://localhost:" + catalogPort,
                "http://localhost:" + assessmentPort, kafka);
        awaitReady(stack.catalogUrl, services.get(0), stackDir);
        awaitReady(stack.assessmentUrl, services.get(1), stackDir);
        return stack;
    }

    private static Process launch(String service, int port, String kafka, String database, Path stackDir) {
        Path application = repositoryRoot().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (Files.notExists(application)) {
            throw new IllegalStateException(application + " is missing: package the services first");
        }
        try {
            Files.createDirectories(stackDir);
            ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", application.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(stackDir.resolve(service + ".log").toFile());
            builder.environment().putAll(Map.of(
                    "QUARKUS_HTTP_PORT", String.valueOf(port),
                    "KAFKA_BOOTSTRAP_SERVERS", kafka,
                    "PATHFINDER_PG_URL", database));
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(String baseUrl, Process service, Path stackDir) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException(baseUrl + " exited; see the logs in " + stackDir);
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Keep polling until the deadline.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(baseUrl + " was not ready in " + STARTUP_TIMEOUT + "; see " + stackDir);
    }

    private static void stopAll(List<Process> services) {
        services.forEach(Process::destroy);
        for (Process service : services) {
            try {
                if (!service.waitFor(20, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            } catch (InterruptedException e) {
                service.destroyForcibly();
            }
        }
    }

    /** Mints with the local stack's own tool, so there is one way to make development tokens. */
    private static String mintToken(String... arguments) {
        List<String> command = new ArrayList<>(List.of("java", "deploy/local/MintToken.java"));
        command.addAll(List.of(arguments));
        try {
            Process mint = new ProcessBuilder(command).directory(repositoryRoot().toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String token = new String(mint.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (mint.waitFor() != 0 || token.isEmpty()) {
                throw new IllegalStateException("MintToken failed for " + List.of(arguments));
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
