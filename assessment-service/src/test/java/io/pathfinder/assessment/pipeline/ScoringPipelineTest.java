package io.pathfinder.assessment.pipeline;

import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.contracts.testing.PrometheusMetrics.total;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.assessment.support.KafkaTopics;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.pathfinder.postgres.SharedPostgres;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scoring consumer on the real broker and database: events from HR platforms, batches, replays,
 * dead letters, the database going away and a database that keeps refusing one event.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ScoringPipelineTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    DataSource dataSource;

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void anEventProducedByAnHrPlatformIsScoredAndReadableByThatTenant() throws Exception {
        UUID id = UUID.randomUUID();
        KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), event(id, "hr-platform").toString());

        ConsumerRecord<String, String> scored = KafkaTopics.awaitRecord(KafkaTopics.SCORED,
                r -> id.toString().equals(r.key()), WAIT);
        assertEquals("hr-platform", KafkaTopics.header(scored, "tenant"));
        asTenant("hr-platform").get("/assessments/" + id)
                .then().statusCode(200).body("status", equalTo("SCORED"));
        asTenant("someone-else").get("/assessments/" + id).then().statusCode(404);
    }

    @Test
    void aReplayedEventMakesNoSecondResult() throws Exception {
        UUID id = UUID.randomUUID();
        String event = event(id, "replayer").toString();
        KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), event);
        KafkaTopics.awaitRecord(KafkaTopics.SCORED, r -> id.toString().equals(r.key()), WAIT);
        String firstResult = asTenant("replayer").get("/assessments/" + id)
                .then().statusCode(200).body("status", equalTo("SCORED")).extract().asString();

        KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), event);
        List<ConsumerRecord<String, String>> scored = KafkaTopics.awaitRecords(KafkaTopics.SCORED,
                r -> id.toString().equals(r.key()), 2, WAIT);

        JsonNode first = DefaultCatalog.JSON.readTree(scored.get(0).value());
        JsonNode second = DefaultCatalog.JSON.readTree(scored.get(1).value());
        assertEquals(first, second, "the replay republishes the stored result, same event id and all");
        String afterReplay = asTenant("replayer").get("/assessments/" + id).then().statusCode(200).extract().asString();
        assertEquals(firstResult, afterReplay, "the stored result is unchanged");
    }

    @Test
    void aMalformedEventIsDeadLetteredWithItsReasonAndConsumptionMovesOn() {
        String key = "malformed-" + UUID.randomUUID();
        KafkaTopics.produce(KafkaTopics.SUBMITTED, key, "{ this is not json");
        UUID next = UUID.randomUUID();
        KafkaTopics.produce(KafkaTopics.SUBMITTED, next.toString(), event(next, "after-bad").toString());

        ConsumerRecord<String, String> dead = KafkaTopics.awaitRecord(KafkaTopics.DEAD_LETTER,
                r -> key.equals(r.key()), WAIT);
        assertEquals("{ this is not json", dead.value(), "the original value, unchanged");
        assertEquals("malformed", KafkaTopics.header(dead, "dead-letter-reason"));
        assertTrue(KafkaTopics.header(dead, "dead-letter-cause").contains("not a valid QuestionnaireSubmitted"),
                KafkaTopics.headers(dead).toString());
        KafkaTopics.awaitRecord(KafkaTopics.SCORED, r -> next.toString().equals(r.key()), WAIT);
    }

    @Test
    void anEventThatBreaksTheSchemaIsDeadLettered() {
        UUID id = UUID.randomUUID();
        ObjectNode event = event(id, "schema-breaker");
        event.remove("tenant");
        KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), event.toString());

        ConsumerRecord<String, String> dead = KafkaTopics.awaitRecord(KafkaTopics.DEAD_LETTER,
                r -> id.toString().equals(r.key()), WAIT);
        assertEquals("malformed", KafkaTopics.header(dead, "dead-letter-reason"));
        assertTrue(KafkaTopics.header(dead, "dead-letter-cause").contains("tenant"), KafkaTopics.headers(dead).toString());
    }

    @Test
    void anUnscorableEventFailsTheAssessmentAndIsDeadLettered() {
        UUID id = UUID.randomUUID();
        ObjectNode event = event(id, "unscorable");
        ((ObjectNode) event.get("answers")).put("currentRole", "astronaut");
        KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), event.toString());

        ConsumerRecord<String, String> dead = KafkaTopics.awaitRecord(KafkaTopics.DEAD_LETTER,
                r -> id.toString().equals(r.key()), WAIT);
        assertEquals("unscorable", KafkaTopics.header(dead, "dead-letter-reason"));
        assertTrue(KafkaTopics.header(dead, "dead-letter-cause").contains("currentRole"), KafkaTopics.headers(dead).toString());
        asTenant("unscorable").get("/assessments/" + id + "?waitSeconds=5")
                .then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failure", containsString("currentRole"));
    }

    @Test
    void anEventKeyedByAnythingButItsAssessmentIdIsDeadLettered() {
        UUID id = UUID.randomUUID();
        String key = "not-the-id-" + UUID.randomUUID();
        KafkaTopics.produce(KafkaTopics.SUBMITTED, key, event(id, "mis-keyed").toString());

        ConsumerRecord<String, String> dead = KafkaTopics.awaitRecord(KafkaTopics.DEAD_LETTER,
                r -> key.equals(r.key()), WAIT);
        assertEquals("malformed", KafkaTopics.header(dead, "dead-letter-reason"));
        assertTrue(KafkaTopics.header(dead, "dead-letter-cause").contains("is not the event's assessmentId"),
                KafkaTopics.headers(dead).toString());
        asTenant("mis-keyed").get("/assessments/" + id).then().statusCode(404);
    }

    @Test
    void anEventWhoseTenantHeaderNamesAnotherTenantIsDeadLettered() {
        UUID id = UUID.randomUUID();
        ProducerRecord<String, String> record = new ProducerRecord<>(KafkaTopics.SUBMITTED, id.toString(),
                event(id, "payload-tenant").toString());
        record.headers().add("tenant", "header-tenant".getBytes(StandardCharsets.UTF_8));
        KafkaTopics.produce(KafkaTopics.SUBMITTED, List.of(record));

        ConsumerRecord<String, String> dead = KafkaTopics.awaitRecord(KafkaTopics.DEAD_LETTER,
                r -> id.toString().equals(r.key()), WAIT);
        assertEquals("tenant-mismatch", KafkaTopics.header(dead, "dead-letter-reason"));
        assertTrue(KafkaTopics.header(dead, "dead-letter-cause").contains("tenant header"),
                KafkaTopics.headers(dead).toString());
        asTenant("payload-tenant").get("/assessments/" + id).then().statusCode(404);
        asTenant("header-tenant").get("/assessments/" + id).then().statusCode(404);
    }

    @Test
    void whileTheDatabaseIsDownNothingIsScoredNorDeadLetteredAndOnceBackAllIs() throws Exception {
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(20).toList();
        Set<String> keys = keys(ids);
        SharedPostgres.stop();
        try {
            KafkaTopics.produce(KafkaTopics.SUBMITTED, ids.stream()
                    .map(id -> new ProducerRecord<>(KafkaTopics.SUBMITTED, id.toString(), event(id, "patient").toString()))
                    .toList());
            assertEquals(0, KafkaTopics.countRecords(KafkaTopics.SCORED, r -> keys.contains(r.key()), Duration.ofSeconds(3)),
                    "nothing is scored while the database is away");
        } finally {
            SharedPostgres.restart();
        }
        KafkaTopics.awaitRecords(KafkaTopics.SCORED, r -> keys.contains(r.key()), ids.size(), WAIT);
        assertEquals(0, KafkaTopics.countRecords(KafkaTopics.DEAD_LETTER, r -> keys.contains(r.key()), Duration.ofSeconds(1)),
                "a database away is waited out, not dead-lettered");
        ids.forEach(id -> asTenant("patient").get("/assessments/" + id).then().statusCode(200).body("status", equalTo("SCORED")));
    }

    @Test
    void aBurstIsScoredInBatchesAndEachEventGetsOneResult() {
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(300).toList();
        Set<String> keys = keys(ids);
        double[] before = batchCountAndSum();
        KafkaTopics.produce(KafkaTopics.SUBMITTED, ids.stream()
                .map(id -> new ProducerRecord<>(KafkaTopics.SUBMITTED, id.toString(), event(id, "bulk").toString()))
                .toList());

        List<ConsumerRecord<String, String>> scored = KafkaTopics.awaitRecords(KafkaTopics.SCORED,
                r -> keys.contains(r.key()), ids.size(), WAIT);
        assertEquals(keys, scored.stream().map(ConsumerRecord::key).collect(Collectors.toSet()), "one result per event");
        double[] after = batchCountAndSum();
        double batches = after[0] - before[0];
        double events = after[1] - before[1];
        assertTrue(events >= ids.size() && batches < events / 10, batches + " batches for " + events + " events");
    }

    @Test
    void anEventTheDatabaseKeepsRefusingIsTriedThenDeadLetteredAsExhaustedAndItsAssessmentFailed() throws Exception {
        UUID refused = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        // A real, lasting refusal from the database, for this one assessment's result only.
        execute("""
                CREATE OR REPLACE FUNCTION refuse_result() RETURNS trigger AS $$
                BEGIN
                    IF NEW.id = '%s' AND NEW.status = 'SCORED' THEN
                        RAISE EXCEPTION 'result refused for %s';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(refused, refused));
        execute("CREATE TRIGGER refuse_result BEFORE INSERT OR UPDATE ON assessment FOR EACH ROW EXECUTE FUNCTION refuse_result()");
        try {
            KafkaTopics.produce(KafkaTopics.SUBMITTED, List.of(
                    new ProducerRecord<>(KafkaTopics.SUBMITTED, refused.toString(), event(refused, "refused").toString()),
                    new ProducerRecord<>(KafkaTopics.SUBMITTED, next.toString(), event(next, "refused").toString())));

            ConsumerRecord<String, String> dead = KafkaTopics.awaitRecord(KafkaTopics.DEAD_LETTER,
                    r -> refused.toString().equals(r.key()), WAIT);
            assertEquals("exhausted", KafkaTopics.header(dead, "dead-letter-reason"));
            assertTrue(KafkaTopics.header(dead, "dead-letter-cause").contains("Failed 5 times")
                    && KafkaTopics.header(dead, "dead-letter-cause").contains("result refused"), KafkaTopics.headers(dead).toString());
            KafkaTopics.awaitRecord(KafkaTopics.SCORED, r -> next.toString().equals(r.key()), WAIT);
            asTenant("refused").get("/assessments/" + refused).then().statusCode(200)
                    .body("status", equalTo("FAILED"))
                    .body("failure", containsString("exhausted"));
            assertEquals(0, KafkaTopics.countRecords(KafkaTopics.SCORED, r -> refused.toString().equals(r.key()),
                    Duration.ofSeconds(1)), "no result is published for it");
        } finally {
            execute("DROP TRIGGER refuse_result ON assessment");
        }
    }

    /** How many batches the consumer has handled, and how many events in all. */
    private static double[] batchCountAndSum() {
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        return new double[] {total(metrics, "pathfinder_scoring_batch_size_count"), total(metrics, "pathfinder_scoring_batch_size_sum")};
    }

    private static Set<String> keys(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.toSet());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static ObjectNode event(UUID id, String tenant) {
        ObjectNode event = DefaultCatalog.JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("assessmentId", id.toString());
        event.put("tenant", tenant);
        event.put("submittedAt", OffsetDateTime.now().toString());
        event.set("answers", DefaultCatalog.JSON.valueToTree(Answers.platformBuilder()));
        return event;
    }
}
