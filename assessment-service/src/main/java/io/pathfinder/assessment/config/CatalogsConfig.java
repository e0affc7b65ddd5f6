package io.pathfinder.assessment.config;

import io.pathfinder.contracts.catalog.CatalogIds;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Which catalogue each tenant's assessments are scored on, e.g. {@code pathfinder.catalogs.default=curated} and
 * {@code pathfinder.catalogs.tenants."acme"=onet}. Ids are those of the catalog-changed records' {@code catalog}.
 */
@ConfigMapping(prefix = "pathfinder.catalogs")
public interface CatalogsConfig {

    /** The catalogue of tenants not listed under tenants, and of the questionnaire asked without a token. */
    @WithName("default")
    @WithDefault(CatalogIds.CURATED)
    @Pattern(regexp = CatalogIds.PATTERN)
    @Size(max = CatalogIds.MAX_LENGTH)
    String defaultCatalog();

    /** The catalogue of each tenant that does not use the default, by tenant. */
    Map<String, @Pattern(regexp = CatalogIds.PATTERN) @Size(max = CatalogIds.MAX_LENGTH) String> tenants();
}
