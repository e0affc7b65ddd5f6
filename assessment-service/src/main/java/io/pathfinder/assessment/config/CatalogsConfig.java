package io.pathfinder.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/**
 * Which catalogue each tenant's assessments are scored on, e.g. {@code pathfinder.catalogs.default=curated} and
 * {@code pathfinder.catalogs.tenants."acme"=onet}. Ids are those of the catalog-changed records' {@code catalog}.
 */
@ConfigMapping(prefix = "pathfinder.catalogs")
public interface CatalogsConfig {

    /** Pathfinder's own catalogue: records and results that name no catalogue are its. */
    String CURATED = "curated";

    /** The contract's CatalogId. */
    String CATALOG_ID = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** The catalogue of tenants not listed under tenants, and of the questionnaire asked without a token. */
    @WithName("default")
    @WithDefault(CURATED)
    @Pattern(regexp = CATALOG_ID)
    String defaultCatalog();

    /** The catalogue of each tenant that does not use the default, by tenant. */
    Map<String, @Pattern(regexp = CATALOG_ID) String> tenants();
}
