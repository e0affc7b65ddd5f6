package io.pathfinder.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.pathfinder.kafka.SharedKafkaBroker;
import io.pathfinder.postgres.SharedPostgres;

/**
 * The whole of Pathfinder as integrators meet it: a real Kafka broker, a real PostgreSQL and both
 * packaged services, started once per test JVM and stopped when it exits.
 *
 * <p>Set the system properties {@code pathfinder.stack.catalog-url}, {@code pathfinder.stack.assessment-url}
 * and {@code pathfinder.stack.kafka-bootstrap-servers} to drive a stack that is already running instead
 * (for example the local stack of {@code deploy/local/start.sh}); tokens are then minted with the
 * development key pair, which that stack trusts. The tests of a second catalogue need it to hold
 * {@link #SECOND_CATALOG} and advise {@link #SECOND_CATALOG_TENANT} from it, as the stack started here does.
 */
public final class RunningStack {

    /** The second catalogue the stack holds: the O*NET sample that catalog-data carries. */
    public static final String SECOND_CATALOG = "onet";
    /** The tenant the stack advises from the second catalogue. */
    public static final String SECOND_CATALOG_TENANT = "onetsample";

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

    /** A bearer token of the tenant's HR analyst, who may read its cohort insight and evaluation. */
    public String analystToken(String tenant) {
        return mintToken("analyst", tenant);
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
        Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", SharedKafkaBroker.bootstrapServers(),
                "PATHFINDER_PG_URL", SharedPostgres.jdbcUrl(),
                "PATHFINDER_JWT_PUBLIC_KEY", ServiceProcess.developmentKey(),
                // A second catalogue beside the curated one, and a tenant advised from it, as an operator sets them.
                "PATHFINDER_CATALOG_IMPORTS_" + SECOND_CATALOG.toUpperCase(Locale.ROOT), "catalog/onet-29.2-sample.json",
                "PATHFINDER_CATALOGS_TENANTS_" + SECOND_CATALOG_TENANT.toUpperCase(Locale.ROOT), SECOND_CATALOG);
        List<ServiceProcess> services = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> services.forEach(ServiceProcess::stop), "e2e-stack-shutdown"));
        services.add(ServiceProcess.launch("catalog-service", "catalog-service", environment, stackDir));
        services.add(ServiceProcess.launch("assessment-service", "assessment-service", environment, stackDir));
        services.forEach(ServiceProcess::awaitReady);
        return new RunningStack(services.get(0).url(), services.get(1).url(), environment.get("KAFKA_BOOTSTRAP_SERVERS"));
    }

    /** Mints with the local stack's own tool, so there is one way to make development tokens. */
    static String mintToken(String... arguments) {
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
}
