package io.pathfinder.catalog.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.catalog.observability.EventMetrics;
import io.pathfinder.catalog.view.CurrentCatalog;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's view current when another instance changes the catalogue: every instance
 * has its own consumer group, so each one sees every change.
 */
@ApplicationScoped
public class CatalogChangedListener {

    private static final Logger LOG = Logger.getLogger(CatalogChangedListener.class);

    private final CurrentCatalog catalog;
    private final ObjectMapper mapper;
    private final EventMetrics metrics;
    private final String topic;

    public CatalogChangedListener(CurrentCatalog catalog, ObjectMapper mapper, EventMetrics metrics,
            @ConfigProperty(name = "mp.messaging.incoming.catalog-changed.topic") String topic) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.metrics = metrics;
        this.topic = topic;
    }

    @Incoming("catalog-changed")
    @Blocking
    public void onCatalogChanged(String payload) {
        if (payload == null) {
            metrics.consumed(topic, "tombstone");
            return; // compaction's deletion marker: no catalogue version to compare
        }
        try {
            JsonNode version = mapper.readTree(payload).path("catalogVersion");
            if (!version.canConvertToLong()) {
                metrics.consumed(topic, "ignored");
                return;
            }
            metrics.consumed(topic, catalog.refreshIfOlderThan(version.asLong()) ? "applied" : "stale");
        } catch (JsonProcessingException e) {
            metrics.consumed(topic, "ignored");
            LOG.warnf("Ignoring a catalog-changed record that is not JSON: %s", e.getOriginalMessage());
        }
    }
}
