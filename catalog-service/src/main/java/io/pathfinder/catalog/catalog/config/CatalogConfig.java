package io.pathfinder.catalog.catalog.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "pathfinder.catalog")
public interface CatalogConfig {

    /** Classpath resource imported when the catalogue tables are empty. */
    String importLocation();

    Outbox outbox();

    interface Outbox {
        Duration interval();

        int batchSize();
    }
}
