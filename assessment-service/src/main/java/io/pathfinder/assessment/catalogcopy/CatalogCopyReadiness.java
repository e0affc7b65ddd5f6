package io.pathfinder.assessment.catalogcopy;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the service holds a catalogue to score against; reports which version. */
@Readiness
@ApplicationScoped
public class CatalogCopyReadiness implements HealthCheck {

    private final CatalogCopy copy;

    public CatalogCopyReadiness(CatalogCopy copy) {
        this.copy = copy;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("catalog-copy")
                .status(copy.isReady())
                .withData("catalogVersion", copy.version())
                .build();
    }
}
