package io.pathfinder.assessment.assessment.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.assessment.observability.PipelineMetrics;
import io.pathfinder.contracts.model.QuestionnaireSubmitted;
import io.pathfinder.contracts.model.RecommendationsScored;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes the assessment events, keyed by assessment id, and waits until the broker has them. */
@ApplicationScoped
public class AssessmentEvents {

    private final MutinyEmitter<String> submitted;
    private final MutinyEmitter<String> scored;
    private final String submittedTopic;
    private final String scoredTopic;
    private final ObjectMapper objectMapper;
    private final PipelineMetrics metrics;

    public AssessmentEvents(@Channel("questionnaire-submitted-out") MutinyEmitter<String> submitted,
            @Channel("recommendations-scored") MutinyEmitter<String> scored,
            @ConfigProperty(name = "mp.messaging.outgoing.questionnaire-submitted-out.topic") String submittedTopic,
            @ConfigProperty(name = "mp.messaging.outgoing.recommendations-scored.topic") String scoredTopic,
            ObjectMapper objectMapper, PipelineMetrics metrics) {
        this.submitted = submitted;
        this.scored = scored;
        this.submittedTopic = submittedTopic;
        this.scoredTopic = scoredTopic;
        this.objectMapper = objectMapper;
        this.metrics = metrics;
    }

    public void questionnaireSubmitted(QuestionnaireSubmitted event) {
        send(submitted, submittedTopic, event.getAssessmentId(), event.getTenant(), "QuestionnaireSubmitted", event);
    }

    public void recommendationsScored(RecommendationsScored event) {
        send(scored, scoredTopic, event.getAssessmentId(), event.getTenant(), "RecommendationsScored", event);
    }

    private void send(MutinyEmitter<String> emitter, String topic, UUID key, String tenant, String eventType,
            Object payload) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("event-type", eventType.getBytes(StandardCharsets.UTF_8));
        headers.add("tenant", tenant.getBytes(StandardCharsets.UTF_8));
        // The connector's producer span continues the caller's trace and names it in a traceparent header.
        Message<String> message = Message.of(json(payload)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key.toString())
                .withHeaders(headers)
                .build());
        emitter.sendMessageAndAwait(message);
        metrics.produced(topic);
    }

    private String json(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
    }
}
