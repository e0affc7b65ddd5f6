package io.pathfinder.assessment.insight.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pathfinder.assessment.config.InsightConfig;
import io.pathfinder.assessment.config.ScoringConfig;
import io.pathfinder.assessment.config.TopicsConfig;
import io.pathfinder.assessment.insight.service.CohortService;
import io.pathfinder.assessment.observability.PipelineMetrics;
import io.pathfinder.assessment.outcome.messaging.RecordLoop;
import io.pathfinder.assessment.store.AssessmentKeys.DataKey;
import io.pathfinder.assessment.store.AssessmentKeys;
import io.pathfinder.assessment.store.PayloadCipher.Part;
import io.pathfinder.assessment.store.PayloadCipher.UnreadablePayloadException;
import io.pathfinder.assessment.store.PayloadCipher;
import io.pathfinder.contracts.model.RecommendationsScored;
import io.pathfinder.contracts.model.ScoringResult;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Materialises the cohort insight from the published results, in a consumer group of its own: resetting its
 * offsets to the earliest rebuilds the insight, as every result is upserted by its assessment id. The insight is
 * derived data, so a result it cannot read is skipped (counted, logged) rather than dead-lettered. A result
 * whose assessment is erased no longer opens, its key being gone, and is not kept: a rebuild leaves it out.
 */
@ApplicationScoped
public class CohortConsumer {

    private static final Logger LOG = Logger.getLogger(CohortConsumer.class);

    private final CohortService cohorts;
    private final AssessmentKeys keys;
    private final ObjectMapper objectMapper;
    private final TopicsConfig topics;
    private final InsightConfig config;
    private final ScoringConfig retries;
    private final PipelineMetrics metrics;
    private final Map<String, Object> kafkaConfig;
    private final Timer visible;
    private RecordLoop loop;

    public CohortConsumer(CohortService cohorts, AssessmentKeys keys, ObjectMapper objectMapper, TopicsConfig topics,
            InsightConfig config, ScoringConfig retries, PipelineMetrics metrics, MeterRegistry registry,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.cohorts = cohorts;
        this.keys = keys;
        this.objectMapper = objectMapper;
        this.topics = topics;
        this.config = config;
        this.retries = retries;
        this.metrics = metrics;
        this.kafkaConfig = kafkaConfig;
        this.visible = Timer.builder("pathfinder.insight.visible")
                .description("Time from a result's publication to its place in the cohort insight")
                .publishPercentileHistogram()
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        loop = new RecordLoop("cohort-consumer", config.cohortGroup(), topics.recommendationsScored(), kafkaConfig,
                new RecordLoop.Retry(retries.attempts(), retries.retryBackoff(), retries.maxRetryBackoff()),
                this::materialise, (record, failure) -> skip(record, failure.toString()));
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        loop.stop();
    }

    private void materialise(ConsumerRecord<String, byte[]> record) {
        RecommendationsScored event;
        try {
            event = objectMapper.readValue(record.value(), RecommendationsScored.class);
        } catch (IOException | IllegalArgumentException e) {
            skip(record, "not a RecommendationsScored: " + e.getMessage());
            return;
        }
        if (event.getSealedResult() == null) {
            skip(record, "it carries no sealed result");
            return;
        }
        DataKey key = keys.find(List.of(event.getAssessmentId())).get(event.getAssessmentId());
        if (key == null || key.erased()) {
            metrics.consumed(topics.recommendationsScored(), "not-kept");
            return;
        }
        ScoringResult result;
        try {
            result = objectMapper.readValue(PayloadCipher.open(key.secret(), event.getAssessmentId(), Part.RESULT,
                    event.getSealedResult()), ScoringResult.class);
        } catch (UnreadablePayloadException | IOException e) {
            skip(record, e.getMessage());
            return;
        }
        boolean kept = cohorts.materialise(event, result);
        metrics.consumed(topics.recommendationsScored(), kept ? "materialised" : "not-kept");
        if (kept) {
            visible.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - record.timestamp())));
        }
    }

    private void skip(ConsumerRecord<String, byte[]> record, String why) {
        LOG.warnf("The result at %s-%d@%d is left out of the cohort insight: %s", record.topic(), record.partition(),
                record.offset(), why);
        metrics.consumed(topics.recommendationsScored(), "skipped");
    }
}
