package io.pathfinder.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an operator names the files of the catalogues to import: environment variables over application.properties. */
class CatalogConfigTest {

    @Test
    void theCuratedCatalogueIsImportedFromTheDefaultFileUnlessToldOtherwise() throws IOException {
        assertEquals(Map.of("curated", "catalog/default-catalog.json"), importsWith(Map.of()));
        assertEquals(Map.of("curated", "/data/curated.json"),
                importsWith(Map.of("PATHFINDER_CATALOG_IMPORT", "/data/curated.json")));
    }

    @Test
    void anEnvironmentVariableAddsACatalogue() throws IOException {
        assertEquals(Map.of("curated", "catalog/default-catalog.json", "onet", "/data/onet-29.2.json"),
                importsWith(Map.of("PATHFINDER_CATALOG_IMPORTS_ONET", "/data/onet-29.2.json")));
    }

    private static Map<String, String> importsWith(Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(
                        CatalogConfigTest.class.getClassLoader().getResource("application.properties"), 250))
                .withSources(new EnvConfigSource(environment, 300))
                .withMapping(CatalogConfig.class)
                .build()
                .getConfigMapping(CatalogConfig.class)
                .imports();
    }
}
