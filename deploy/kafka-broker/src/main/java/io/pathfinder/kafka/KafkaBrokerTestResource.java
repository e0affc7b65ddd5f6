package io.pathfinder.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker, with the contract's topics, for a service's {@code @QuarkusTest}s:
 * {@code @WithTestResource(KafkaBrokerTestResource.class)}.
 *
 * <p>One broker serves every test class of the JVM: Quarkus stops and starts its test resources
 * whenever the test profile changes, and a fresh broker would cost seconds each time. The broker
 * and its temporary data directory go when the JVM exits.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    /**
     * Where the shared broker's address is kept. Not in a static field: Quarkus loads test
     * resources in a class loader of each test profile, which would start one broker per profile.
     */
    private static final String SHARED_BOOTSTRAP_SERVERS = "pathfinder.test.kafka.bootstrap-servers";

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", sharedBootstrapServers());
    }

    @Override
    public void stop() {
        // The shared broker outlives this test class; see the class comment.
    }

    /** The shared broker's address, for test code that talks to it with plain Kafka clients. */
    public static synchronized String sharedBootstrapServers() {
        String servers = System.getProperty(SHARED_BOOTSTRAP_SERVERS);
        if (servers == null) {
            servers = startBrokerUntilTheJvmExits();
            System.setProperty(SHARED_BOOTSTRAP_SERVERS, servers);
        }
        return servers;
    }

    private static String startBrokerUntilTheJvmExits() {
        Path dataDirectory = createTempDirectory();
        KafkaBroker broker = KafkaBroker.start(0, dataDirectory);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            deleteRecursively(dataDirectory);
        }, "kafka-test-broker-shutdown"));
        ContractTopics.createOn(broker.bootstrapServers());
        return broker.bootstrapServers();
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("pathfinder-kafka-");
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
