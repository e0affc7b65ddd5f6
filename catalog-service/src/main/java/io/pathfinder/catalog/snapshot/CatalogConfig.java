package io.pathfinder.catalog.snapshot;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

@ConfigMapping(prefix = "pathfinder.catalog")
public interface CatalogConfig {

    /**
     * By catalogue id, the file imported into that catalogue at start while it is empty: an absolute path is a file
     * of the file system, anything else a class path resource.
     */
    Map<String, String> imports();
}
