package io.pathfinder.postgres;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL server for a service's {@code @QuarkusTest}s and {@code @QuarkusIntegrationTest}s:
 * {@code @QuarkusTestResource(PostgresTestResource.class)} on any one test class of the module.
 *
 * <p>One server serves every test class of the JVM ({@link SharedPostgres}): Quarkus stops and starts
 * its test resources whenever the test profile changes, and a fresh server would cost seconds each time.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", SharedPostgres.jdbcUrl(),
                "quarkus.datasource.username", PostgresServer.USER);
    }

    @Override
    public void stop() {
        // The shared server outlives this test class; see the class comment.
    }
}
