package io.pathfinder.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.pathfinder.kafka.ContractTopics;
import io.pathfinder.kafka.KafkaBroker;
import io.pathfinder.postgres.PostgresServer;

/**
 * Pathfinder on infrastructure a test may take away: a Kafka broker and a PostgreSQL of its own,
 * each on a fixed port and data directory so it can be stopped and started again, a catalogue
 * service, and as many more catalogue instances and assessment-service instances (in one consumer
 * group) as the test starts.
 */
public final class PipelineStack implements AutoCloseable {

    /** Quotas far above any benchmark's or test's rate, so that what they measure is the pipeline itself. */
    public static final Map<String, String> HIGH_QUOTAS = Map.of(
            "PATHFINDER_RATE_LIMIT_SUBMISSIONS_PER_MINUTE", "1000000",
            "PATHFINDER_RATE_LIMIT_READS_PER_MINUTE", "1000000",
            "PATHFINDER_RATE_LIMIT_WRITES_PER_MINUTE", "1000000",
            "PATHFINDER_RATE_LIMIT_PUBLIC_READS_PER_MINUTE", "1000000");

    private final Path directory;
    private final Map<String, String> settings;
    private final int kafkaPort = ServiceProcess.freePort();
    private final int postgresPort = ServiceProcess.freePort();
    private final List<ServiceProcess> catalogs = new ArrayList<>();
    private final List<ServiceProcess> assessments = new ArrayList<>();
    private KafkaBroker broker;
    private PostgresServer database;

    private PipelineStack(Path directory, Map<String, String> settings) {
        this.directory = directory;
        this.settings = settings;
    }

    /**
     * Starts the broker, the database and the catalogue service; assessment instances come separately.
     * Whatever is running goes when the stack is closed, or when the JVM exits, Ctrl-C included.
     */
    public static PipelineStack start(Path directory) {
        return start(directory, HIGH_QUOTAS);
    }

    /** As {@link #start(Path)}, with the services configured by these environment variables. */
    public static PipelineStack start(Path directory, Map<String, String> settings) {
        PipelineStack stack = new PipelineStack(directory, settings);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "pipeline-stack-shutdown"));
        stack.startBroker();
        ContractTopics.createOn(stack.bootstrapServers());
        stack.startDatabase();
        stack.startCatalog();
        return stack;
    }

    /** Starts one more catalogue instance (each relays the outbox while it holds the lock) and returns once it is ready. */
    public ServiceProcess startCatalog() {
        return startCatalog(Map.of());
    }

    /** As {@link #startCatalog()}, with these environment variables beside the stack's. */
    public ServiceProcess startCatalog(Map<String, String> settings) {
        ServiceProcess instance = ServiceProcess.start("catalog-service", "catalog-" + (catalogs.size() + 1),
                environment(settings), directory);
        catalogs.add(instance);
        return instance;
    }

    /** Starts one more assessment-service instance and returns once it is ready (its catalogue copies loaded). */
    public ServiceProcess startAssessment() {
        ServiceProcess instance = launchAssessment(Map.of());
        instance.awaitReady();
        return instance;
    }

    /**
     * Starts one more assessment-service instance, with these environment variables beside the stack's, without
     * waiting for it to be ready: one configured for a catalogue not published yet is not ready until it is.
     */
    public ServiceProcess launchAssessment(Map<String, String> settings) {
        ServiceProcess instance = ServiceProcess.launch("assessment-service", "assessment-" + (assessments.size() + 1),
                environment(settings), directory);
        assessments.add(instance);
        return instance;
    }

    /** The catalogue instances running, the first started first. */
    public List<ServiceProcess> catalogs() {
        return catalogs.stream().filter(ServiceProcess::isAlive).toList();
    }

    public void stopBroker() {
        broker.close();
        broker = null;
    }

    public void startBroker() {
        broker = KafkaBroker.start(kafkaPort, directory.resolve("kafka"));
    }

    public void stopDatabase() {
        database.close();
        database = null;
    }

    public void startDatabase() {
        database = PostgresServer.start(postgresPort, directory.resolve("postgres"));
    }

    /** CPU time PostgreSQL has used so far, in all its processes. */
    public Duration databaseCpu() {
        ProcessHandle server = database.process();
        return Stream.concat(Stream.of(server), server.descendants())
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + PostgresServer.DATABASE;
    }

    private Map<String, String> environment(Map<String, String> instanceSettings) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.putAll(instanceSettings);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        environment.put("PATHFINDER_PG_URL", jdbcUrl());
        environment.put("PATHFINDER_JWT_PUBLIC_KEY", ServiceProcess.developmentKey());
        return environment;
    }

    @Override
    public synchronized void close() {
        assessments.stream().filter(ServiceProcess::isAlive).forEach(ServiceProcess::stop);
        catalogs.stream().filter(ServiceProcess::isAlive).forEach(ServiceProcess::stop);
        if (broker != null) {
            stopBroker();
        }
        if (database != null) {
            stopDatabase();
        }
    }
}
