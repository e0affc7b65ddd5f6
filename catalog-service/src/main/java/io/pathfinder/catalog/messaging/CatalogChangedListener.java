package io.pathfinder.catalog.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.catalog.observability.EventMetrics;
import io.pathfinder.contracts.catalog.CatalogIds;
import io.pathfinder.catalog.view.CurrentCatalog;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's views current when another instance changes a catalogue: every instance
 * has its own consumer group, so each one sees every change, and reloads the catalogue a change names.
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
            JsonNode event = mapper.readTree(payload);
            JsonNode version = event.path("catalogVersion");
            JsonNode named = event.path("catalog");
            if (!version.canConvertToLong() || !(named.isMissingNode() || named.isTextual())) {
                metrics.consumed(topic, "ignored");
                return;
            }
            // Records written before catalogues had ids name none: they are the curated catalogue's.
            String id = CatalogIds.orCurated(named.isTextual() ? named.asText() : null);
            metrics.consumed(topic, catalog.refreshIfOlderThan(id, version.asLong()) ? "applied" : "stale");
        } catch (JsonProcessingException e) {
            metrics.consumed(topic, "ignored");
            LOG.warnf("Ignoring a catalog-changed record that is not JSON: %s", e.getOriginalMessage());
        }
    }
}
