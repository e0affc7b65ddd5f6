package io.pathfinder.contracts.testing;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service of the module under test, given no key to verify bearer tokens with, refuses to start and
 * says what to set. A service's integration test extends this.
 */
public abstract class WithoutVerificationKeyChecks {

    @Test
    void refusesToStartAndNamesTheSetting() throws Exception {
        Path log = Path.of("target/without-verification-key.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The build gives the integration tests the development key: this one runs as a deployment that forgot it.
        builder.environment().remove("PATHFINDER_JWT_PUBLIC_KEY");
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        Process service = builder.start();
        try {
            assertTrue(service.waitFor(2, TimeUnit.MINUTES), "the service started without a verification key");
            assertNotEquals(0, service.exitValue());
            String output = Files.readString(log);
            assertTrue(output.contains("pathfinder.jwt.public-key is not set")
                    && output.contains("Set PATHFINDER_JWT_PUBLIC_KEY"), output);
        } finally {
            service.destroyForcibly();
        }
    }
}
