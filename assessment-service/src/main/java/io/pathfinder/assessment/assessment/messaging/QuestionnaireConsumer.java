package io.pathfinder.assessment.assessment.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.assessment.assessment.service.ScoringPipeline;
import io.pathfinder.assessment.assessment.service.ScoringPipeline.RejectedEventException;
import io.pathfinder.assessment.config.ScoringConfig;
import io.pathfinder.assessment.observability.PipelineMetrics;
import io.pathfinder.assessment.observability.PipelineMetrics.DeadLetterReason;
import io.pathfinder.contracts.model.QuestionnaireSubmitted;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The scoring consumer. A malformed or unscorable event fails with {@link RejectedEventException}:
 * the channel's dead-letter strategy sets it aside with the reason in its headers, and consumption
 * moves on. Anything else (database down, no catalogue yet) is transient: it is retried with backoff,
 * and its offset is not committed until it succeeds, so nothing is skipped.
 */
@ApplicationScoped
public class QuestionnaireConsumer {

    private static final Logger LOG = Logger.getLogger(QuestionnaireConsumer.class);
    private static final String TENANT_HEADER = "tenant";

    private final ScoringPipeline pipeline;
    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final ScoringConfig config;
    private final PipelineMetrics metrics;
    private final String topic;

    public QuestionnaireConsumer(ScoringPipeline pipeline, ObjectMapper objectMapper, Validator validator,
            ScoringConfig config, PipelineMetrics metrics,
            @ConfigProperty(name = "mp.messaging.incoming.questionnaire-submitted.topic") String topic) {
        this.pipeline = pipeline;
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.config = config;
        this.metrics = metrics;
        this.topic = topic;
    }

    // Assessments are independent and processing is idempotent, so events are scored concurrently;
    // offsets are still committed only up to the oldest event not yet done.
    @Incoming("questionnaire-submitted")
    @Blocking(ordered = false)
    public void consume(ConsumerRecord<String, String> record) throws InterruptedException {
        // The record's consumer span is current here, so the stored result and the scored event join
        // the submission's trace (TraceAcrossKafkaTest).
        try {
            scoreWithRetries(record);
            metrics.consumed(topic, "processed");
        } catch (RejectedEventException e) {
            metrics.consumed(topic, "dead-lettered");
            metrics.deadLettered(e.reason());
            throw e;
        }
    }

    private void scoreWithRetries(ConsumerRecord<String, String> record) throws InterruptedException {
        QuestionnaireSubmitted event = parse(record.value());
        checkEnvelope(record, event);
        Duration backoff = config.retryBackoff();
        while (true) {
            try {
                pipeline.process(event);
                return;
            } catch (RejectedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.warnf("Scoring assessment %s failed (%s); retrying in %s", event.getAssessmentId(), e, backoff);
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(config.maxRetryBackoff()) > 0
                        ? config.maxRetryBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * The key decides the partition, and so the order of an assessment's events: it must be the
     * assessment id. A tenant header, when present, must name the payload's tenant, so that what a
     * platform's tooling routes by and what the service stores cannot disagree.
     */
    private static void checkEnvelope(ConsumerRecord<String, String> record, QuestionnaireSubmitted event) {
        if (!event.getAssessmentId().toString().equals(record.key())) {
            throw new RejectedEventException(DeadLetterReason.MALFORMED,
                    "The record key " + record.key() + " is not the event's assessmentId " + event.getAssessmentId());
        }
        Header tenant = record.headers().lastHeader(TENANT_HEADER);
        if (tenant != null && !event.getTenant().equals(new String(tenant.value(), StandardCharsets.UTF_8))) {
            throw new RejectedEventException(DeadLetterReason.TENANT_MISMATCH,
                    "The tenant header does not name the event's tenant " + event.getTenant());
        }
    }

    private QuestionnaireSubmitted parse(String payload) {
        if (payload == null) {
            throw new RejectedEventException(DeadLetterReason.MALFORMED, "The event has no value");
        }
        QuestionnaireSubmitted event;
        try {
            event = objectMapper.readValue(payload, QuestionnaireSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new RejectedEventException(DeadLetterReason.MALFORMED, "The event is not a valid QuestionnaireSubmitted: " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<QuestionnaireSubmitted>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new RejectedEventException(DeadLetterReason.MALFORMED, "The event does not match its schema: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted(Comparator.naturalOrder())
                    .collect(Collectors.joining("; ")));
        }
        return event;
    }
}
