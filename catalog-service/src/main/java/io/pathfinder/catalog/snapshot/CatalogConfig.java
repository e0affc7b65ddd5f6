package io.pathfinder.catalog.snapshot;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "pathfinder.catalog")
public interface CatalogConfig {

    /** Classpath resource imported when the catalogue tables are empty. */
    String importLocation();
}
