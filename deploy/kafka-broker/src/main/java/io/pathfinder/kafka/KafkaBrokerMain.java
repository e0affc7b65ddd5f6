package io.pathfinder.kafka;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The local stack's broker: {@code java -Xmx256m -jar kafka-broker-<version>.jar}, configured by
 * the environment variables KAFKA_PORT (9092) and KAFKA_DATA_DIR (.data/kafka).
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        // slf4j-simple reads its level once, when the first logger is created; -D still wins.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");

        int port = Integer.parseInt(environment("KAFKA_PORT", "9092"));
        Path dataDirectory = Path.of(environment("KAFKA_DATA_DIR", ".data/kafka"));

        KafkaBroker broker = KafkaBroker.start(port, dataDirectory);
        // Covers SIGTERM and SIGINT; the broker's own threads keep the JVM running until then.
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-shutdown"));
        ContractTopics.createOn(broker.bootstrapServers());
        System.out.println("Kafka broker ready on " + broker.bootstrapServers());
    }

    private static String environment(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank()).orElse(fallback);
    }
}
