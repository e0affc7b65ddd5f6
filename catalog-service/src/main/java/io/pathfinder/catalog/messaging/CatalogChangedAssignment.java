package io.pathfinder.catalog.messaging;

import io.pathfinder.catalog.view.CurrentCatalog;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Closes the gap between this instance's first views and its first event. The consumer starts at the
 * topic's end, so a change committed after a view was loaded but published before the consumer
 * fixed its position would go unseen until the next change. Once the position is fixed, every
 * catalogue's view is reloaded: every change published before that position committed before the
 * reload, and every change published after it is consumed.
 */
@ApplicationScoped
@Identifier("catalog-changed-assignment")
public class CatalogChangedAssignment implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(CatalogChangedAssignment.class);

    private final CurrentCatalog catalog;

    public CatalogChangedAssignment(CurrentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(consumer::position);
        try {
            catalog.refresh();
        } catch (RuntimeException e) {
            // The database is away: the views stay as they are until the next change reloads them.
            LOG.warnf("Could not reload the catalogue views on partition assignment: %s", e);
        }
    }
}
