package io.pathfinder.assessment.outcome.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.assessment.config.InsightConfig;
import io.pathfinder.assessment.config.ScoringConfig;
import io.pathfinder.assessment.config.TopicsConfig;
import io.pathfinder.assessment.observability.PipelineMetrics;
import io.pathfinder.assessment.observability.PipelineMetrics.DeadLetterReason;
import io.pathfinder.assessment.outcome.service.OutcomeService;
import io.pathfinder.assessment.pipeline.Failures;
import io.pathfinder.assessment.pipeline.ScoringEvents;
import io.pathfinder.contracts.model.OutcomeRecorded;
import io.pathfinder.outbox.ReliableProducer;
import io.pathfinder.problems.ProblemException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;

/**
 * Records the outcomes HR platforms report on Kafka, like POST /assessments/{id}/outcome. Events that cannot
 * be recorded go unchanged to the dead-letter topic with the reason: malformed, tenant-mismatch,
 * unknown-assessment, or exhausted when one failed for no known reason on every try.
 */
@ApplicationScoped
public class OutcomeConsumer {

    private final OutcomeService outcomes;
    private final ScoringEvents events;
    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final TopicsConfig topics;
    private final InsightConfig config;
    private final ScoringConfig retries;
    private final PipelineMetrics metrics;
    private final Map<String, Object> kafkaConfig;
    private KafkaProducer<String, byte[]> producer;
    private RecordLoop loop;

    public OutcomeConsumer(OutcomeService outcomes, ScoringEvents events, ObjectMapper objectMapper, Validator validator,
            TopicsConfig topics, InsightConfig config, ScoringConfig retries, PipelineMetrics metrics,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.outcomes = outcomes;
        this.events = events;
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.topics = topics;
        this.config = config;
        this.retries = retries;
        this.metrics = metrics;
        this.kafkaConfig = kafkaConfig;
    }

    void start(@Observes StartupEvent event) {
        producer = ReliableProducer.create(kafkaConfig, config.outcomeGroup() + "-producer");
        loop = new RecordLoop("outcome-consumer", config.outcomeGroup(), topics.outcomeRecorded(), kafkaConfig,
                new RecordLoop.Retry(retries.attempts(), retries.retryBackoff(), retries.maxRetryBackoff()),
                this::record,
                (record, failure) -> deadLetter(record, DeadLetterReason.EXHAUSTED, Failures.describe(failure)));
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        loop.stop();
        producer.close(Duration.ofSeconds(5));
    }

    private void record(ConsumerRecord<String, byte[]> record) {
        OutcomeRecorded event;
        try {
            event = objectMapper.readValue(record.value(), OutcomeRecorded.class);
        } catch (IOException | IllegalArgumentException e) {
            deadLetter(record, DeadLetterReason.MALFORMED, "The event is not a valid OutcomeRecorded: " + e.getMessage());
            return;
        }
        Rejection rejection = rejection(record, event);
        if (rejection != null) {
            deadLetter(record, rejection.reason(), rejection.cause());
            return;
        }
        try {
            outcomes.record(event.getTenant(), event.getAssessmentId(), event.getOutcome(), event.getRecordedAt());
            metrics.consumed(topics.outcomeRecorded(), "processed");
        } catch (ProblemException unknown) {
            deadLetter(record, DeadLetterReason.UNKNOWN_ASSESSMENT, unknown.getMessage());
        }
    }

    private record Rejection(DeadLetterReason reason, String cause) {
    }

    /** What is wrong with the event beyond its JSON, or null when nothing is. */
    private Rejection rejection(ConsumerRecord<String, byte[]> record, OutcomeRecorded event) {
        Set<ConstraintViolation<OutcomeRecorded>> violations = validator.validate(event);
        Stream<String> problems = Stream.concat(
                violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()),
                violations.isEmpty() ? OutcomeService.problems(event.getOutcome()).stream()
                        .map(field -> "outcome." + field.getField() + " " + field.getMessage()) : Stream.empty());
        String schema = problems.sorted().collect(Collectors.joining("; "));
        if (!schema.isEmpty()) {
            return new Rejection(DeadLetterReason.MALFORMED, "The event does not match its schema: " + schema);
        }
        if (!event.getAssessmentId().toString().equals(record.key())) {
            return new Rejection(DeadLetterReason.MALFORMED,
                    "The record key " + record.key() + " is not the event's assessmentId " + event.getAssessmentId());
        }
        Header tenant = record.headers().lastHeader("tenant");
        if (tenant != null && !event.getTenant().equals(new String(tenant.value(), StandardCharsets.UTF_8))) {
            return new Rejection(DeadLetterReason.TENANT_MISMATCH,
                    "The tenant header does not name the event's tenant " + event.getTenant());
        }
        return null;
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, DeadLetterReason reason, String cause) {
        try {
            producer.send(events.deadLetter(record, reason, cause, topics.outcomeDeadLetter())).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof KafkaException kafka ? kafka : new KafkaException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while dead-lettering", e);
        }
        metrics.consumed(topics.outcomeRecorded(), "dead-lettered");
        metrics.deadLettered(reason);
    }
}
