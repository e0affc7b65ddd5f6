package io.pathfinder.assessment.catalogcopy;

import io.pathfinder.assessment.tenant.TenantCatalogs;
import io.pathfinder.contracts.catalog.CatalogIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the service holds every catalogue it scores on: the curated one and each a tenant is configured
 * for. Reports the curated catalogue's version as catalogVersion, and the state of each catalogue under
 * {@code catalog.<id>}: a configured catalogue that never arrives on the topic keeps the service not ready.
 */
@Readiness
@ApplicationScoped
public class CatalogCopyReadiness implements HealthCheck {

    private final CatalogCopies copies;
    private final TenantCatalogs tenantCatalogs;

    public CatalogCopyReadiness(CatalogCopies copies, TenantCatalogs tenantCatalogs) {
        this.copies = copies;
        this.tenantCatalogs = tenantCatalogs;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("catalog-copy")
                .withData("catalogVersion", copies.find(CatalogIds.CURATED).map(CatalogCopy::version).orElse(0L));
        boolean ready = true;
        for (String catalog : tenantCatalogs.inUse()) {
            Optional<CatalogCopy> copy = copies.find(catalog);
            ready &= copy.map(CatalogCopy::isReady).orElse(false);
            response.withData("catalog." + catalog, copy.map(CatalogCopyReadiness::state).orElseGet(this::absent));
        }
        return response.status(ready).build();
    }

    private static String state(CatalogCopy copy) {
        if (copy.isReady()) {
            return "ready at version " + copy.version();
        }
        if (!copy.isCaughtUp()) {
            return "reading the topic";
        }
        return "incomplete: " + copy.entries() + " of " + copy.expectedEntries() + " entries at version "
                + copy.version();
    }

    private String absent() {
        return copies.isCaughtUp()
                ? "not on the topic: configured for a tenant, but no record of it has been published"
                : "reading the topic";
    }
}
