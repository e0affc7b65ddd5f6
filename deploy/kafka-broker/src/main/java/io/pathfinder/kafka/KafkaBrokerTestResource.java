package io.pathfinder.kafka;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker, with the contract's topics, for a service's {@code @QuarkusTest}s:
 * {@code @WithTestResource(KafkaBrokerTestResource.class)}.
 *
 * <p>One broker serves every test class of the JVM ({@link SharedKafkaBroker}): Quarkus stops and
 * starts its test resources whenever the test profile changes, and a fresh broker would cost seconds
 * each time.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedKafkaBroker.bootstrapServers());
    }

    @Override
    public void stop() {
        // The shared broker outlives this test class; see the class comment.
    }

    /** The shared broker's address, for test code that talks to it with plain Kafka clients. */
    public static String sharedBootstrapServers() {
        return SharedKafkaBroker.bootstrapServers();
    }
}
