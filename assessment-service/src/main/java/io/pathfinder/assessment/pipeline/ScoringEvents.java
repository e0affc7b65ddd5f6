package io.pathfinder.assessment.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.assessment.observability.PipelineMetrics.DeadLetterReason;
import io.pathfinder.assessment.pipeline.ScoringPipeline.Scored;
import io.pathfinder.assessment.store.AssessmentJson;
import io.pathfinder.assessment.store.PayloadCipher.Part;
import io.pathfinder.assessment.store.PayloadCipher;
import io.pathfinder.contracts.model.QuestionnaireSubmitted;
import io.pathfinder.contracts.model.RecommendationsScored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** The scoring consumer's records: questionnaire events read and checked, results and dead letters written. */
@ApplicationScoped
public class ScoringEvents {

    static final String EVENT_TYPE_HEADER = "event-type";
    static final String TENANT_HEADER = "tenant";

    private final ObjectMapper objectMapper;
    private final Validator validator;

    public ScoringEvents(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /** A questionnaire record read: a valid event, or why it cannot be one. */
    public record Decoded(QuestionnaireSubmitted event, DeadLetterReason reason, String problem) {

        static Decoded valid(QuestionnaireSubmitted event) {
            return new Decoded(event, null, null);
        }

        static Decoded invalid(DeadLetterReason reason, String problem) {
            return new Decoded(null, reason, problem);
        }

        public boolean isValid() {
            return event != null;
        }
    }

    public Decoded decode(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return Decoded.invalid(DeadLetterReason.MALFORMED, "The event has no value");
        }
        QuestionnaireSubmitted event;
        try {
            event = objectMapper.readValue(record.value(), QuestionnaireSubmitted.class);
        } catch (JsonProcessingException e) {
            return Decoded.invalid(DeadLetterReason.MALFORMED,
                    "The event is not a valid QuestionnaireSubmitted: " + e.getOriginalMessage());
        } catch (IOException e) {
            return Decoded.invalid(DeadLetterReason.MALFORMED, "The event could not be read: " + e.getMessage());
        }
        if ((event.getAnswers() == null) == (event.getSealedAnswers() == null)) {
            return Decoded.invalid(DeadLetterReason.MALFORMED, "The event must carry exactly one of answers and sealedAnswers");
        }
        Set<ConstraintViolation<QuestionnaireSubmitted>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            return Decoded.invalid(DeadLetterReason.MALFORMED, "The event does not match its schema: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted(Comparator.naturalOrder())
                    .collect(Collectors.joining("; ")));
        }
        // The key decides the partition, and so the order of an assessment's events: it must be the
        // assessment id. A tenant header, when present, must name the payload's tenant, so that what a
        // platform's tooling routes by and what the service stores cannot disagree.
        if (!event.getAssessmentId().toString().equals(record.key())) {
            return Decoded.invalid(DeadLetterReason.MALFORMED,
                    "The record key " + record.key() + " is not the event's assessmentId " + event.getAssessmentId());
        }
        String tenant = header(record.headers(), TENANT_HEADER);
        if (tenant != null && !event.getTenant().equals(tenant)) {
            return Decoded.invalid(DeadLetterReason.TENANT_MISMATCH,
                    "The tenant header does not name the event's tenant " + event.getTenant());
        }
        return Decoded.valid(event);
    }

    /**
     * The RecommendationsScored event, its result the stored JSON as it is, sealed: sealing the same
     * JSON gives the same bytes, so every replay publishes the same record.
     */
    public ProducerRecord<String, byte[]> scored(Scored scored, String topic) {
        RecommendationsScored event = scored.event(
                PayloadCipher.seal(scored.dataKey(), scored.assessmentId(), Part.RESULT, scored.result()));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.getAssessmentId().toString(), json(event));
        record.headers().add(EVENT_TYPE_HEADER, bytes("RecommendationsScored"));
        record.headers().add(TENANT_HEADER, bytes(event.getTenant()));
        return record;
    }

    /** The incoming record unchanged, its headers kept, with why and whence in the dead-letter headers. */
    public ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> record, DeadLetterReason reason,
            String cause, String topic) {
        ProducerRecord<String, byte[]> deadLetter = new ProducerRecord<>(topic, null, record.key(), record.value(),
                new RecordHeaders(record.headers().toArray()));
        deadLetter.headers().add("dead-letter-reason", bytes(reason.label()));
        deadLetter.headers().add("dead-letter-cause", bytes(cause == null ? reason.label() : cause));
        deadLetter.headers().add("dead-letter-topic", bytes(record.topic()));
        deadLetter.headers().add("dead-letter-partition", bytes(String.valueOf(record.partition())));
        deadLetter.headers().add("dead-letter-offset", bytes(String.valueOf(record.offset())));
        return deadLetter;
    }

    private byte[] json(Object event) {
        try {
            return objectMapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
