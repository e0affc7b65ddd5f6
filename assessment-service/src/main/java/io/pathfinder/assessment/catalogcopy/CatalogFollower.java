package io.pathfinder.assessment.catalogcopy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.assessment.config.TopicsConfig;
import io.pathfinder.assessment.observability.PipelineMetrics;
import io.pathfinder.contracts.model.CatalogChanged;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads the compacted catalog-changed topic from its beginning at every start, then follows it.
 * A consumer group would remember offsets and skip the catalogues on restart, so this reads the
 * partitions directly; once it reaches the offsets the topic had at start, the copies are caught up.
 */
@ApplicationScoped
public class CatalogFollower {

    private static final Logger LOG = Logger.getLogger(CatalogFollower.class);

    private final CatalogCopies copies;
    private final ObjectMapper objectMapper;
    private final PipelineMetrics metrics;
    private final Map<String, Object> kafkaConfig;
    private final String topic;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean running = true;

    public CatalogFollower(CatalogCopies copies, ObjectMapper objectMapper, PipelineMetrics metrics,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            TopicsConfig topics) {
        this.copies = copies;
        this.objectMapper = objectMapper;
        this.metrics = metrics;
        this.kafkaConfig = kafkaConfig;
        this.topic = topics.catalogChanged();
    }

    void start(@Observes StartupEvent event) {
        Thread thread = new Thread(this::follow, "catalog-follower");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void follow() {
        // All of the kafka.* configuration, so TLS and SASL settings reach this consumer too.
        Properties config = new Properties();
        config.putAll(kafkaConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(config)) {
            consumer = kafka;
            List<TopicPartition> partitions = awaitPartitions(kafka);
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> endAtStart = kafka.endOffsets(partitions);
            boolean caughtUp = false;
            while (running) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                    apply(record);
                }
                if (!caughtUp && endAtStart.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue())) {
                    caughtUp = true;
                    copies.markCaughtUp();
                    LOG.infof("Catalogue copies caught up: %s", copies.describe());
                }
            }
        } catch (WakeupException | InterruptedException stopping) {
            // shutdown requested
        } catch (RuntimeException e) {
            LOG.error("The catalogue follower stopped", e);
        }
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, String> kafka) throws InterruptedException {
        while (running) {
            List<TopicPartition> partitions = kafka.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            LOG.warnf("Topic %s does not exist yet; waiting", topic);
            Thread.sleep(1000);
        }
        return List.of();
    }

    private void apply(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            metrics.consumed(topic, "tombstone");
            return; // a tombstone: the deletion event before it has already been applied
        }
        try {
            boolean newer = copies.apply(objectMapper.readValue(record.value(), CatalogChanged.class));
            metrics.consumed(topic, newer ? "applied" : "stale");
        } catch (Exception e) {
            metrics.consumed(topic, "skipped");
            LOG.errorf(e, "Skipping unreadable catalogue change at %s-%d@%d", record.topic(), record.partition(),
                    record.offset());
        }
    }
}
