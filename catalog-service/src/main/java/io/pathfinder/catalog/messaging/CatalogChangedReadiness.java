package io.pathfinder.catalog.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the instance follows the catalog-changed topic from a fixed position with its views reloaded since,
 * so it sees every change another instance makes from then on; down while it waits for the broker or starts
 * over after a failure. Whether the broker answers now is Quarkus's Kafka connection check.
 */
@Readiness
@ApplicationScoped
public class CatalogChangedReadiness implements HealthCheck {

    private final CatalogChangedFollower follower;

    public CatalogChangedReadiness(CatalogChangedFollower follower) {
        this.follower = follower;
    }

    @Override
    public HealthCheckResponse call() {
        int partitions = follower.following().size();
        return HealthCheckResponse.named("catalog-changed consumer").status(partitions > 0)
                .withData("partitions", partitions).build();
    }
}
