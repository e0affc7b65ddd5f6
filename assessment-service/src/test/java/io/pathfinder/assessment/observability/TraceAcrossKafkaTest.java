package io.pathfinder.assessment.observability;

import static io.pathfinder.assessment.support.Contract.asTenant;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.assessment.support.KafkaTopics;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One trace from the submission over HTTP, through the outbox, Kafka and the scoring consumer, to the
 * scored event; the batch the event was scored in is linked to it.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class TraceAcrossKafkaTest {

    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void aSubmissionIsOneTraceFromHttpToTheScoredEvent() throws InterruptedException {
        String id = asTenant("tracer").contentType("application/json").body(Answers.platformBuilder())
                .post("/assessments").then().statusCode(202).extract().path("id");
        asTenant("tracer").get("/assessments/" + id + "?waitSeconds=20").then().statusCode(200)
                .body("status", equalTo("SCORED"));

        ConsumerRecord<String, String> submitted = KafkaTopics.awaitRecord(KafkaTopics.SUBMITTED,
                r -> id.equals(r.key()), Duration.ofSeconds(10));
        String traceparent = KafkaTopics.header(submitted, "traceparent");
        assertNotNull(traceparent, "the submitted record carries the trace: " + KafkaTopics.headers(submitted));
        // version-traceid-parentid-flags
        String[] parts = traceparent.split("-");
        String traceId = parts[1];
        String recordParentSpanId = parts[2];

        SpanData http = awaitSpan(traceId, "the HTTP server span of POST /assessments",
                s -> s.getKind() == SpanKind.SERVER && s.getName().startsWith("POST") && s.getName().contains("/assessments"));
        SpanData producedSubmitted = awaitSpan(traceId, "the outbox relay's producer span for " + KafkaTopics.SUBMITTED,
                s -> s.getKind() == SpanKind.PRODUCER && KafkaTopics.SUBMITTED.equals(s.getAttributes().get(DESTINATION)));
        SpanData consumed = awaitSpan(traceId, "the consumer span for " + KafkaTopics.SUBMITTED,
                s -> s.getKind() == SpanKind.CONSUMER && KafkaTopics.SUBMITTED.equals(s.getAttributes().get(DESTINATION)));
        SpanData producedScored = awaitSpan(traceId, "the producer span for " + KafkaTopics.SCORED,
                s -> s.getKind() == SpanKind.PRODUCER && KafkaTopics.SCORED.equals(s.getAttributes().get(DESTINATION)));
        // The batch's shared work has a trace of its own, linked to each event it scored.
        SpanData batch = awaitSpan(null, "the batch span linked to the consumer span",
                s -> s.getName().equals("score batch")
                        && s.getLinks().stream().anyMatch(link -> link.getSpanContext().getSpanId().equals(consumed.getSpanId())));
        SpanData stored = awaitSpan(batch.getTraceId(), "the span storing the batch's results",
                s -> s.getName().equals("store scoring results") && s.getParentSpanId().equals(batch.getSpanId()));
        awaitSpan(batch.getTraceId(), "a JDBC span inside the one storing the results",
                s -> s.getParentSpanId().equals(stored.getSpanId()));

        assertEquals(http.getSpanId(), producedSubmitted.getParentSpanId(), "the event is published in the request's trace");
        assertEquals(producedSubmitted.getSpanId(), recordParentSpanId, "the traceparent header names the producer span");
        assertEquals(recordParentSpanId, consumed.getParentSpanId(), "the consumer continues the record's trace");
        assertEquals(consumed.getSpanId(), producedScored.getParentSpanId(), "the result is published within it");
    }

    /**
     * Spans are exported once they end, a little after the work they measure: wait for the one named,
     * in the given trace or, when that is null, in any.
     */
    private SpanData awaitSpan(String traceId, String description, Predicate<SpanData> match) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<SpanData> found = spans.getFinishedSpanItems().stream()
                    .filter(s -> traceId == null || s.getTraceId().equals(traceId))
                    .filter(match)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        List<String> inTrace = spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId))
                .map(s -> s.getKind() + " " + s.getName() + " " + s.getAttributes()).toList();
        throw new AssertionError("No " + description + " in trace " + traceId + "; it has " + inTrace);
    }
}
