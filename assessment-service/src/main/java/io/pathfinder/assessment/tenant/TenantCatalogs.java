package io.pathfinder.assessment.tenant;

import io.pathfinder.assessment.config.CatalogsConfig;
import io.pathfinder.contracts.catalog.CatalogIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;

/** The catalogue each tenant's assessments are validated and scored on, as configured. */
@ApplicationScoped
public class TenantCatalogs {

    private final CatalogsConfig config;

    public TenantCatalogs(CatalogsConfig config) {
        this.config = config;
    }

    public String of(String tenant) {
        return config.tenants().getOrDefault(tenant, config.defaultCatalog());
    }

    public String defaultCatalog() {
        return config.defaultCatalog();
    }

    /** The catalogues the service must hold to serve every tenant: the curated one always, and each configured. */
    public Set<String> inUse() {
        Set<String> catalogs = new TreeSet<>(config.tenants().values());
        catalogs.add(CatalogIds.CURATED);
        catalogs.add(config.defaultCatalog());
        return catalogs;
    }
}
