package io.pathfinder.assessment.assessment;

import static io.pathfinder.assessment.support.Contract.asTenant;
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
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scoring consumer on the real broker: events from HR platforms, replays and dead letters. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ScoringPipelineTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
    Optional<String> schema;

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
        assertTrue(KafkaTopics.header(dead, "dead-letter-reason").contains("not a valid QuestionnaireSubmitted"),
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
        assertTrue(KafkaTopics.header(dead, "dead-letter-reason").contains("tenant"), KafkaTopics.headers(dead).toString());
    }

    @Test
    void anUnscorableEventFailsTheAssessmentAndIsDeadLettered() {
        UUID id = UUID.randomUUID();
        ObjectNode event = event(id, "unscorable");
        ((ObjectNode) event.get("answers")).put("currentRole", "astronaut");
        KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), event.toString());

        ConsumerRecord<String, String> dead = KafkaTopics.awaitRecord(KafkaTopics.DEAD_LETTER,
                r -> id.toString().equals(r.key()), WAIT);
        assertTrue(KafkaTopics.header(dead, "dead-letter-reason").contains("currentRole"), KafkaTopics.headers(dead).toString());
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
        assertTrue(KafkaTopics.header(dead, "dead-letter-reason").contains("is not the event's assessmentId"),
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
        assertTrue(KafkaTopics.header(dead, "dead-letter-reason").contains("tenant header"),
                KafkaTopics.headers(dead).toString());
        asTenant("payload-tenant").get("/assessments/" + id).then().statusCode(404);
        asTenant("header-tenant").get("/assessments/" + id).then().statusCode(404);
    }

    @Test
    void aTransientDatabaseFailureIsRetriedNotDeadLettered() throws Exception {
        UUID id = UUID.randomUUID();
        String table = schema.map(name -> name + ".").orElse("") + "assessment";
        execute("ALTER TABLE " + table + " RENAME TO assessment_offline");
        try {
            KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), event(id, "patient").toString());
            assertEquals(0, KafkaTopics.countRecords(KafkaTopics.SCORED, r -> id.toString().equals(r.key()),
                    Duration.ofSeconds(2)), "nothing is scored while the database is away");
        } finally {
            execute("ALTER TABLE " + schema.map(name -> name + ".").orElse("") + "assessment_offline RENAME TO assessment");
        }
        KafkaTopics.awaitRecord(KafkaTopics.SCORED, r -> id.toString().equals(r.key()), WAIT);
        assertEquals(0, KafkaTopics.countRecords(KafkaTopics.DEAD_LETTER, r -> id.toString().equals(r.key()),
                Duration.ofSeconds(1)), "a transient failure is not dead-lettered");
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
