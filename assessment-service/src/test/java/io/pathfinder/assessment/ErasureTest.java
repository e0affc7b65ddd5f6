package io.pathfinder.assessment;

import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.contracts.testing.PrometheusMetrics.total;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pathfinder.assessment.store.AssessmentKeys;
import io.pathfinder.assessment.store.AssessmentKeys.DataKey;
import io.pathfinder.assessment.store.PayloadCipher;
import io.pathfinder.assessment.store.PayloadCipher.Part;
import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.assessment.support.KafkaTopics;
import io.pathfinder.contracts.model.QuestionnaireAnswers;
import io.pathfinder.contracts.model.QuestionnaireSubmitted;
import io.pathfinder.contracts.model.RecommendationsScored;
import io.pathfinder.contracts.model.ScoringResult;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Erasure by crypto-shredding, on the real broker and database: after DELETE nothing of the assessment is
 * readable through the API, the database or the topics, and replaying the topics brings none of it back.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ErasureTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> PERSONAL_TABLES = List.of(
            "SELECT count(*) FROM assessment WHERE id = ?",
            "SELECT count(*) FROM outcome WHERE assessment_id = ?",
            "SELECT count(*) FROM insight_person WHERE assessment_id = ?",
            "SELECT count(*) FROM insight_gap WHERE assessment_id = ?",
            "SELECT count(*) FROM outbox WHERE record_key = ?::text",
            "SELECT count(*) FROM assessment_key WHERE assessment_id = ? AND data_key IS NOT NULL");

    @Inject
    DataSource dataSource;

    @Inject
    AssessmentKeys keys;

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void afterDeleteNoCopyIsReadableAndNoReplayBringsItBack() throws Exception {
        String tenant = "erasure-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.fromString(asTenant(tenant).contentType("application/json").body(Answers.platformBuilder())
                .post("/assessments").then().statusCode(202).extract().path("id"));
        String topRole = asTenant(tenant).get("/assessments/" + id + "?waitSeconds=20").then().statusCode(200)
                .body("status", equalTo("SCORED")).extract().path("result.recommendations[0].targetRole");
        asTenant(tenant).contentType("application/json")
                .body(Map.of("kind", "stayed", "satisfaction", 4))
                .post("/assessments/" + id + "/outcome").then().statusCode(200);
        await("the cohort insight to hold the person", () -> count("SELECT count(*) FROM insight_person WHERE assessment_id = ?", id) == 1);

        ConsumerRecord<String, String> submitted = KafkaTopics.awaitRecord(KafkaTopics.SUBMITTED, r -> id.toString().equals(r.key()), WAIT);
        ConsumerRecord<String, String> scored = KafkaTopics.awaitRecord(KafkaTopics.SCORED, r -> id.toString().equals(r.key()), WAIT);
        // In clear only what routing needs; the personal parts open under the assessment's key while it exists.
        for (ConsumerRecord<String, String> record : List.of(submitted, scored)) {
            assertFalse(record.value().contains("data-scientist") || record.value().contains(topRole), record.value());
        }
        byte[] key = keys.find(List.of(id)).get(id).secret();
        QuestionnaireAnswers answers = DefaultCatalog.JSON.readValue(PayloadCipher.open(key, id, Part.ANSWERS,
                DefaultCatalog.JSON.readValue(submitted.value(), QuestionnaireSubmitted.class).getSealedAnswers()),
                QuestionnaireAnswers.class);
        assertEquals("data-scientist", answers.getCurrentRole());
        ScoringResult result = DefaultCatalog.JSON.readValue(PayloadCipher.open(key, id, Part.RESULT,
                DefaultCatalog.JSON.readValue(scored.value(), RecommendationsScored.class).getSealedResult()),
                ScoringResult.class);
        assertEquals(topRole, result.getRecommendations().get(0).getTargetRole());

        asTenant(tenant).delete("/assessments/" + id).then().statusCode(204);

        asTenant(tenant).get("/assessments/" + id).then().statusCode(404);
        for (String query : PERSONAL_TABLES) {
            assertEquals(0, count(query, id), query);
        }
        DataKey erased = keys.find(List.of(id)).get(id);
        assertTrue(erased.erased(), "the key is destroyed; the row left records the erasure, nothing more");
        // Every copy on the topics, read from the beginning, is there still and opens under no key the service has.
        List<ConsumerRecord<String, String>> copies = KafkaTopics.awaitRecords(KafkaTopics.SUBMITTED, r -> id.toString().equals(r.key()), 1, WAIT);
        copies.addAll(KafkaTopics.awaitRecords(KafkaTopics.SCORED, r -> id.toString().equals(r.key()), 1, WAIT));
        for (ConsumerRecord<String, String> copy : copies) {
            assertFalse(copy.value().contains("data-scientist") || copy.value().contains(topRole), copy.value());
        }

        // A replay of both topics, as a new consumer group or a rebuild of the insight would read them.
        double erasedBefore = consumed(KafkaTopics.SUBMITTED, "erased");
        double notKeptBefore = consumed(KafkaTopics.SCORED, "not-kept");
        int resultsBefore = KafkaTopics.countRecords(KafkaTopics.SCORED, r -> id.toString().equals(r.key()), Duration.ofSeconds(1));
        KafkaTopics.produce(KafkaTopics.SUBMITTED, List.of(copyOf(submitted, KafkaTopics.SUBMITTED)));
        KafkaTopics.produce(KafkaTopics.SCORED, List.of(copyOf(scored, KafkaTopics.SCORED)));
        await("the scoring consumer to skip the erased assessment's event", () -> consumed(KafkaTopics.SUBMITTED, "erased") > erasedBefore);
        await("the insight to leave the erased result out", () -> consumed(KafkaTopics.SCORED, "not-kept") > notKeptBefore);

        assertEquals(resultsBefore + 1, KafkaTopics.countRecords(KafkaTopics.SCORED, r -> id.toString().equals(r.key()),
                Duration.ofSeconds(2)), "no result was published again: the one more is the replayed copy");
        for (String query : PERSONAL_TABLES) {
            assertEquals(0, count(query, id), query);
        }
        asTenant(tenant).get("/assessments/" + id).then().statusCode(404);
        assertEquals(0, KafkaTopics.countRecords(KafkaTopics.DEAD_LETTER, r -> id.toString().equals(r.key()), Duration.ofSeconds(1)),
                "skipped, not dead-lettered");
    }

    @Test
    void anHrPlatformsAssessmentIsKeyedWhenFirstSeenAndNotScoredAgainOnceErased() throws Exception {
        String tenant = "erasure-hr-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        ObjectNode event = DefaultCatalog.JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("assessmentId", id.toString());
        event.put("tenant", tenant);
        event.put("submittedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.set("answers", DefaultCatalog.JSON.valueToTree(Answers.platformBuilder()));
        KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), event.toString());

        ConsumerRecord<String, String> scored = KafkaTopics.awaitRecord(KafkaTopics.SCORED, r -> id.toString().equals(r.key()), WAIT);
        byte[] key = keys.find(List.of(id)).get(id).secret();
        assertNotNull(key, "keyed by the scoring consumer");
        RecommendationsScored published = DefaultCatalog.JSON.readValue(scored.value(), RecommendationsScored.class);
        assertFalse(DefaultCatalog.JSON.readValue(PayloadCipher.open(key, id, Part.RESULT, published.getSealedResult()),
                ScoringResult.class).getRecommendations().isEmpty(), "its result is sealed under that key");

        asTenant(tenant).delete("/assessments/" + id).then().statusCode(204);
        double erasedBefore = consumed(KafkaTopics.SUBMITTED, "erased");
        KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), event.toString());
        await("the scoring consumer to skip the replayed answers", () -> consumed(KafkaTopics.SUBMITTED, "erased") > erasedBefore);

        assertEquals(0, count("SELECT count(*) FROM assessment WHERE id = ?", id), "not stored again");
        assertTrue(keys.find(List.of(id)).get(id).erased(), "no new key");
        assertEquals(1, KafkaTopics.countRecords(KafkaTopics.SCORED, r -> id.toString().equals(r.key()), Duration.ofSeconds(2)),
                "not scored again");
        asTenant(tenant).get("/assessments/" + id).then().statusCode(404);
    }

    private static ProducerRecord<String, String> copyOf(ConsumerRecord<String, String> record, String topic) {
        return new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
    }

    private static double consumed(String topic, String outcome) {
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        return total(metrics, "pathfinder_events_consumed_total", "topic=\"" + topic + "\"", "outcome=\"" + outcome + "\"");
    }

    private int count(String query, UUID id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + WAIT + ": " + what);
            }
            Thread.sleep(100);
        }
    }
}
