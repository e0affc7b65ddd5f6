package io.pathfinder.assessment.observability;

import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.contracts.testing.PrometheusMetrics.assertAtLeastOne;
import static io.pathfinder.contracts.testing.PrometheusMetrics.present;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.assessment.support.KafkaTopics;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After real traffic, /q/metrics tells what happened: requests, events, scoring time, dead letters, lag. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class MetricsTest {

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void aScoredSubmissionAndADeadLetterShowInTheMetrics() {
        String id = asTenant("metered").contentType("application/json").body(Answers.platformBuilder())
                .post("/assessments").then().statusCode(202).extract().path("id");
        asTenant("metered").get("/assessments/" + id + "?waitSeconds=20").then().statusCode(200)
                .body("status", equalTo("SCORED"));
        KafkaTopics.awaitRecord(KafkaTopics.SCORED, r -> id.equals(r.key()), Duration.ofSeconds(10));
        String malformed = "malformed-" + UUID.randomUUID();
        KafkaTopics.produce(KafkaTopics.SUBMITTED, malformed, "{ not an event");
        KafkaTopics.awaitRecord(KafkaTopics.DEAD_LETTER, r -> malformed.equals(r.key()), Duration.ofSeconds(20));

        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();

        assertAtLeastOne(metrics, "http_server_requests_seconds_count", "method=\"POST\"", "uri=\"/assessments\"");
        assertAtLeastOne(metrics, "pathfinder_scoring_seconds_count");
        assertAtLeastOne(metrics, "pathfinder_scoring_seconds_bucket", "le=\"+Inf\"");
        assertAtLeastOne(metrics, "pathfinder_events_produced_total", "topic=\"" + KafkaTopics.SUBMITTED + "\"");
        assertAtLeastOne(metrics, "pathfinder_events_produced_total", "topic=\"" + KafkaTopics.SCORED + "\"");
        assertAtLeastOne(metrics, "pathfinder_events_consumed_total", "topic=\"" + KafkaTopics.SUBMITTED + "\"",
                "outcome=\"processed\"");
        assertAtLeastOne(metrics, "pathfinder_events_consumed_total", "topic=\"" + KafkaTopics.SUBMITTED + "\"",
                "outcome=\"dead-lettered\"");
        assertAtLeastOne(metrics, "pathfinder_events_consumed_total", "topic=\"" + KafkaTopics.CATALOG + "\"",
                "outcome=\"applied\"");
        assertAtLeastOne(metrics, "pathfinder_dead_letters_total", "reason=\"malformed\"");
        assertTrue(present(metrics, "kafka_consumer_fetch_manager_records_lag_max",
                "client_id=\"scoring-consumer-1\""), "the scoring consumer's lag is measured:\n" + metrics);
        assertTrue(present(metrics, "pathfinder_dead_letters_total", "reason=\"exhausted\""), metrics);
        assertTrue(present(metrics, "pathfinder_scoring_retries_total", "cause=\"transient\""), metrics);
        assertAtLeastOne(metrics, "pathfinder_scoring_batch_size_count");
    }
}
