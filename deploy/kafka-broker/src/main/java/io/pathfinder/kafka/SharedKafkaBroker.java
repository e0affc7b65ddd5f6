package io.pathfinder.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real Kafka broker, with the contract's topics, for every test of a JVM: it starts on first use
 * and goes, with its temporary data directory, when the JVM exits.
 */
public final class SharedKafkaBroker {

    /**
     * Where the broker's address is kept. Not in a static field: Quarkus loads test resources in a
     * class loader of each test profile, which would start one broker per profile.
     */
    private static final String BOOTSTRAP_SERVERS_PROPERTY = "pathfinder.test.kafka.bootstrap-servers";

    private SharedKafkaBroker() {
    }

    /** The shared broker's address, starting the broker if this JVM has none yet. */
    public static synchronized String bootstrapServers() {
        String servers = System.getProperty(BOOTSTRAP_SERVERS_PROPERTY);
        if (servers == null) {
            servers = startBrokerUntilTheJvmExits();
            System.setProperty(BOOTSTRAP_SERVERS_PROPERTY, servers);
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
