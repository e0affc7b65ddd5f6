package io.pathfinder.assessment.insight;

import static io.pathfinder.assessment.insight.Insights.eventually;
import static io.pathfinder.assessment.insight.Insights.scored;
import static io.pathfinder.assessment.support.Contract.anonymous;
import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.assessment.support.Contract.asTenantInGroup;
import static io.pathfinder.assessment.support.Contract.invalidAsTenant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.assessment.support.KafkaTopics;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Outcomes over HTTP and Kafka, the model measured on them, and their erasure with the assessment. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class OutcomesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    private static String tenant() {
        return "outcomes-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> moved(String role, int satisfaction) {
        return Map.of("kind", "moved", "role", role, "move", "internal",
                "movedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString(), "satisfaction", satisfaction);
    }

    private static void report(String tenant, String id, Map<String, Object> outcome) {
        asTenant(tenant).contentType("application/json").body(outcome).post("/assessments/" + id + "/outcome")
                .then().statusCode(200).body("assessmentId", equalTo(id)).body("outcome.kind", equalTo(outcome.get("kind")));
    }

    private static JsonPath evaluation(String tenant) {
        return asTenantInGroup(tenant, "hr-analyst").get("/insights/evaluation").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theModelIsMeasuredOnTheMovesPeopleMade() {
        String tenant = tenant();
        // Five people alike: three move to the role ranked first, two to the role of the third recommendation.
        List<String> ids = List.of(scored(tenant, Answers.platformBuilder()), scored(tenant, Answers.platformBuilder()),
                scored(tenant, Answers.platformBuilder()), scored(tenant, Answers.platformBuilder()),
                scored(tenant, Answers.platformBuilder()));
        List<String> roles = asTenant(tenant).get("/assessments/" + ids.get(0)).then().extract()
                .path("result.recommendations.targetRole");
        String other = roles.get(2);
        int otherRank = roles.indexOf(other) + 1;
        for (int i = 0; i < 5; i++) {
            report(tenant, ids.get(i), i < 3 ? moved(roles.get(0), 5) : moved(other, 3));
        }
        String stayed = scored(tenant, Answers.analystHeadingForMlops());
        report(tenant, stayed, Map.of("kind", "stayed", "satisfaction", 2));

        JsonPath report = evaluation(tenant);
        assertEquals(6, report.getInt("outcomes"));
        assertEquals(1, report.getInt("stayed"));
        assertEquals(0, report.getInt("unscored"));
        assertEquals(5, report.getInt("overall.moves"));
        assertEquals(0.6, report.getDouble("overall.hitAt1"), 1e-4);
        assertEquals((3 + (otherRank <= 3 ? 2 : 0)) / 5.0, report.getDouble("overall.hitAt3"), 1e-4);
        assertEquals((3 + 2.0 / otherRank) / 5, report.getDouble("overall.meanReciprocalRank"), 1e-4);
        assertEquals(List.of(5), report.getList("byModelVersion.moves"));
        // Three and two moves: each rank's satisfaction is a group too small to show.
        assertEquals(List.of(), report.getList("satisfactionByRank"));

        // Erased with its assessment.
        asTenant(tenant).delete("/assessments/" + ids.get(0)).then().statusCode(204);
        assertEquals(4, evaluation(tenant).getInt("overall.moves"));
    }

    @Test
    void anOutcomeMustMakeSenseAndBeOfTheTenantsOwnAssessment() {
        String tenant = tenant();
        String id = scored(tenant, Answers.platformBuilder());
        asTenant(tenant).contentType("application/json").body(Map.of("kind", "moved", "satisfaction", 3))
                .post("/assessments/" + id + "/outcome").then().statusCode(400)
                .body("errors.field", hasItem("role")).body("errors.field", hasItem("movedAt"));
        asTenant(tenant).contentType("application/json").body(Map.of("kind", "stayed", "role", "ml-engineer", "satisfaction", 3))
                .post("/assessments/" + id + "/outcome").then().statusCode(400).body("errors.field", hasItem("role"));
        invalidAsTenant(tenant).contentType("application/json").body(moved("ml-engineer", 6))
                .post("/assessments/" + id + "/outcome").then().statusCode(400);
        asTenant("someone-else").contentType("application/json").body(moved("ml-engineer", 4))
                .post("/assessments/" + id + "/outcome").then().statusCode(404);
        asTenant(tenant).contentType("application/json").body(moved("ml-engineer", 4))
                .post("/assessments/" + UUID.randomUUID() + "/outcome").then().statusCode(404);
        assertEquals(0, evaluation(tenant).getInt("outcomes"));
    }

    @Test
    void theInsightReadsNeedTheHrAnalystGroup() {
        asTenant("acme").get("/insights/evaluation").then().statusCode(403);
        asTenant("acme").get("/insights/cohort").then().statusCode(403);
        anonymous().get("/insights/evaluation").then().statusCode(401);
        asTenantInGroup("acme", "hr-analyst").get("/insights/evaluation?from=2026-06-01T00:00:00Z&to=2026-05-01T00:00:00Z")
                .then().statusCode(400);
    }

    @Test
    void outcomesArriveOnKafkaAndBadOnesAreDeadLettered() throws InterruptedException {
        String tenant = tenant();
        String id = scored(tenant, Answers.platformBuilder());
        String unknown = UUID.randomUUID().toString();
        String mismatched = scored(tenant, Answers.platformBuilder());
        String senseless = scored(tenant, Answers.platformBuilder());
        KafkaTopics.produce(KafkaTopics.OUTCOMES, List.of(
                record(id, event(id, tenant, moved("ml-engineer", 4)), tenant),
                record(unknown, event(unknown, tenant, moved("ml-engineer", 4)), tenant),
                record(mismatched, event(mismatched, tenant, moved("ml-engineer", 4)), "another-tenant"),
                record(senseless, event(senseless, tenant, Map.of("kind", "moved", "satisfaction", 4)), tenant),
                record(id, "{not json", tenant)));

        eventually(() -> evaluation(tenant).getInt("outcomes"), 1, TIMEOUT);
        Map<String, String> reasons = new HashMap<>();
        for (ConsumerRecord<String, String> deadLetter : KafkaTopics.awaitRecords(KafkaTopics.OUTCOMES_DEAD_LETTER,
                r -> List.of(id, unknown, mismatched, senseless).contains(r.key()), 4, TIMEOUT)) {
            reasons.put(deadLetter.key() + (deadLetter.value().startsWith("{not") ? " (not json)" : ""),
                    KafkaTopics.header(deadLetter, "dead-letter-reason"));
            assertEquals(KafkaTopics.OUTCOMES, KafkaTopics.header(deadLetter, "dead-letter-topic"));
        }
        assertEquals(Map.of(unknown, "unknown-assessment", mismatched, "tenant-mismatch", senseless, "malformed",
                id + " (not json)", "malformed"), reasons);
    }

    private static String event(String assessmentId, String tenant, Map<String, Object> outcome) {
        try {
            return DefaultCatalog.JSON.writeValueAsString(Map.of("eventId", UUID.randomUUID().toString(),
                    "assessmentId", assessmentId, "tenant", tenant,
                    "recordedAt", OffsetDateTime.now(ZoneOffset.UTC).toString(), "outcome", outcome));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProducerRecord<String, String> record(String key, String value, String tenantHeader) {
        ProducerRecord<String, String> record = new ProducerRecord<>(KafkaTopics.OUTCOMES, key, value);
        record.headers().add("event-type", "OutcomeRecorded".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        record.headers().add("tenant", tenantHeader.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return record;
    }
}
