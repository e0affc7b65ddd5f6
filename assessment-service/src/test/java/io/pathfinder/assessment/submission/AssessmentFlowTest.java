package io.pathfinder.assessment.submission;

import static io.pathfinder.assessment.support.Contract.anonymous;
import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.assessment.support.Contract.invalidAsTenant;
import static io.pathfinder.problems.testing.ProblemChecks.answerToOversizedBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pathfinder.assessment.store.PayloadCipher;
import io.pathfinder.assessment.store.PayloadCipher.Part;
import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.assessment.support.KafkaTopics;
import io.pathfinder.contracts.model.CatalogChanged;
import io.pathfinder.contracts.model.CatalogSnapshot;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.model.SealedPayload;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresServer;
import io.pathfinder.postgres.PostgresTestResource;
import io.pathfinder.postgres.SharedPostgres;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The walking skeleton end to end: HTTP in, through the real broker, scored, stored, published, read back. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class AssessmentFlowTest {

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void questionnaireTravelsThroughKafkaAndComesBackScored() throws Exception {
        int catalogVersion = RestAssured.get("/questionnaire").then().statusCode(200).extract().path("catalogVersion");
        ExtractableResponse<Response> accepted = asTenant("acme")
                .contentType("application/json")
                .body(Answers.platformBuilder())
                .post("/assessments")
                .then()
                .statusCode(202)
                .header("Location", startsWith("http"))
                .body("status", equalTo("PENDING"))
                .extract();
        String id = accepted.path("id");

        asTenant("acme")
                .get(accepted.header("Location") + "?waitSeconds=20")
                .then()
                .statusCode(200)
                .body("status", equalTo("SCORED"))
                .body("result.catalogVersion", equalTo(catalogVersion))
                .body("result.modelVersion", notNullValue())
                .body("result.recommendations", hasSize(greaterThan(0)))
                .body("result.recommendations[0].rank", equalTo(1))
                .body("result.options.option", hasItem("adjacent-discipline"));

        ConsumerRecord<String, String> submitted = KafkaTopics.awaitRecord(KafkaTopics.SUBMITTED,
                r -> id.equals(r.key()), Duration.ofSeconds(10));
        assertEquals("acme", KafkaTopics.header(submitted, "tenant"));
        assertEquals("QuestionnaireSubmitted", KafkaTopics.header(submitted, "event-type"));

        ConsumerRecord<String, String> scored = KafkaTopics.awaitRecord(KafkaTopics.SCORED,
                r -> id.equals(r.key()), Duration.ofSeconds(10));
        assertEquals("RecommendationsScored", KafkaTopics.header(scored, "event-type"));
        JsonNode event = DefaultCatalog.JSON.readTree(scored.value());
        assertEquals(id, event.get("assessmentId").asText());
        assertEquals("acme", event.get("tenant").asText());
        UUID assessmentId = UUID.fromString(id);
        JsonNode result = DefaultCatalog.JSON.readTree(PayloadCipher.open(dataKey(assessmentId), assessmentId, Part.RESULT, DefaultCatalog.JSON.treeToValue(event.get("sealedResult"), SealedPayload.class)));
        JsonNode top = result.get("recommendations").get(0);
        double factorPoints = 0;
        for (JsonNode factor : top.get("factors")) {
            factorPoints += factor.get("points").asDouble();
        }
        assertEquals(top.get("score").asDouble(), factorPoints, 0.05, "the factors add up to the score");
        assertTrue(top.get("targetRole").asText().matches("mlops-engineer|ml-engineer"),
                "a platform builder tired of vague success is pointed at MLOps or ML engineering, got " + top);
    }

    /** The assessment's data key, read from the database: the packaged application's beans are out of reach in the IT. */
    private static byte[] dataKey(UUID assessmentId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SharedPostgres.jdbcUrl(), PostgresServer.USER, "");
             PreparedStatement query = connection.prepareStatement(
                     "SELECT data_key FROM assessment.assessment_key WHERE assessment_id = ?")) {
            query.setObject(1, assessmentId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "a data key for " + assessmentId);
                return row.getBytes(1);
            }
        }
    }

    @Test
    void anotherTenantCannotSeeTheAssessment() {
        String id = asTenant("acme").contentType("application/json").body(Answers.platformBuilder())
                .post("/assessments").then().statusCode(202).extract().path("id");

        asTenant("globex").get("/assessments/" + id).then().statusCode(404);
        asTenant("globex").get("/assessments").then().statusCode(200)
                .body("items.id", everyItem(is(not(id))));
        asTenant("globex").delete("/assessments/" + id).then().statusCode(404);
        asTenant("acme").get("/assessments/" + id).then().statusCode(200);
    }

    @Test
    void deletingErasesTheAnswersAndTheResults() {
        String id = asTenant("eraser").contentType("application/json").body(Answers.platformBuilder())
                .post("/assessments").then().statusCode(202).extract().path("id");
        asTenant("eraser").get("/assessments/" + id + "?waitSeconds=20").then().statusCode(200)
                .body("status", equalTo("SCORED"));

        asTenant("eraser").delete("/assessments/" + id).then().statusCode(204);
        asTenant("eraser").get("/assessments/" + id).then().statusCode(404);
        asTenant("eraser").get("/assessments").then().statusCode(200).body("items.id", everyItem(is(not(id))));
    }

    @Test
    void theListIsPaginatedNewestFirst() {
        String tenant = "pager-" + java.util.UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(asTenant(tenant).contentType("application/json").body(Answers.platformBuilder())
                    .post("/assessments").then().statusCode(202).extract().path("id"));
        }
        asTenant(tenant).get("/assessments?size=2&page=1").then().statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .body("total", equalTo(3))
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(ids.get(2)));
        asTenant(tenant).get("/assessments?size=2&page=2").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(ids.get(0)));
    }

    @Test
    void hostileInputGetsA4xxNeverA5xx() {
        String huge = "{\"questionnaireVersion\": \"" + "x".repeat(256 * 1024) + "\"}";
        answerToOversizedBody(() -> invalidAsTenant("acme").contentType("application/json").body(huge).post("/assessments"))
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", org.hamcrest.Matchers.containsString("256 KiB"));
        Map<String, Object> longVersion = Answers.platformBuilder();
        longVersion.put("questionnaireVersion", "1".repeat(41));
        invalidAsTenant("acme").contentType("application/json").body(longVersion).post("/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("body.questionnaireVersion"));
        Map<String, Object> tooManySkills = Answers.platformBuilder();
        Map<String, Integer> skills = new java.util.HashMap<>();
        for (int i = 0; i <= 200; i++) {
            skills.put("skill-" + i, 1);
        }
        tooManySkills.put("skills", skills);
        invalidAsTenant("acme").contentType("application/json").body(tooManySkills).post("/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("body.skills"));
        invalidAsTenant("acme").contentType("application/json").body("{\"currentRole\": 42, \"skills\": []}")
                .post("/assessments").then().statusCode(400);
        invalidAsTenant("acme").contentType("application/json").body("{ not json").post("/assessments")
                .then().statusCode(400);
        Map<String, Object> unknownField = Answers.platformBuilder();
        unknownField.put("salary", 1_000_000);
        invalidAsTenant("acme").contentType("application/json").body(unknownField).post("/assessments")
                .then().statusCode(400).body("errors.field", hasItem("body.salary"));
        for (String attack : List.of("' OR '1'='1", "../../etc/passwd", "<script>", "1; DROP TABLE assessment")) {
            invalidAsTenant("acme").urlEncodingEnabled(false)
                    .get("/assessments/" + java.net.URLEncoder.encode(attack, java.nio.charset.StandardCharsets.UTF_8)).then().statusCode(org.hamcrest.Matchers.allOf(
                    org.hamcrest.Matchers.greaterThanOrEqualTo(400), org.hamcrest.Matchers.lessThan(500)));
            invalidAsTenant("acme").queryParam("status", attack).get("/assessments").then().statusCode(400);
        }
    }

    @Test
    void theServiceServesItsContractAndIsReady() {
        RestAssured.get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Pathfinder assessment API"));
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'catalog-copy' }.status", equalTo("UP"));
    }

    @Test
    void callsWithoutATokenAreRefused() {
        anonymous().get("/assessments").then().statusCode(401)
                .contentType("application/problem+json");
        anonymous().contentType("application/json").body(Answers.platformBuilder()).post("/assessments")
                .then().statusCode(401);
    }

    @Test
    void everyBadFieldIsListed() {
        Map<String, Object> answers = Answers.platformBuilder();
        answers.put("currentRole", "astronaut");
        answers.put("skills", Map.of("python", 9, "basket-weaving", 2));
        @SuppressWarnings("unchecked")
        Map<String, Object> constraints = (Map<String, Object>) answers.get("constraints");
        constraints.put("monthsToUpskill", 99);

        invalidAsTenant("acme").contentType("application/json").body(answers).post("/assessments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("body.constraints.monthsToUpskill"));

        constraints.put("monthsToUpskill", 12);
        invalidAsTenant("acme").contentType("application/json").body(answers).post("/assessments")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("body.currentRole"))
                .body("errors.field", hasItem("body.skills.python"))
                .body("errors.field", hasItem("body.skills.basket-weaving"));
    }

    @Test
    void onlyRolesWithAPathOutAreOfferedOrAccepted() throws InterruptedException {
        // Every role of the default catalogue has a way on, so the test adds one that is a destination only.
        CatalogSnapshot catalog = DefaultCatalog.snapshot();
        Role destination = DefaultCatalog.JSON.convertValue(catalog.getRoles().get(0), Role.class)
                .slug("destination-only").title("Destination only");
        long version = DefaultCatalog.copyVersion() + 1;
        DefaultCatalog.publish(roleChange(version, DefaultCatalog.entries(catalog) + 1, destination,
                CatalogChanged.ChangeEnum.UPSERTED));
        DefaultCatalog.awaitCatalogVersion(version);
        try {
            RestAssured.get("/questionnaire").then().statusCode(200)
                    .body("sections.find { it.id == 'profile' }.questions.find { it.id == 'currentRole' }.choices.value",
                            org.hamcrest.Matchers.allOf(hasItem("data-scientist"), org.hamcrest.Matchers.not(hasItem("destination-only"))));
            Map<String, Object> answers = Answers.platformBuilder();
            answers.put("currentRole", "destination-only");
            asTenant("acme").contentType("application/json").body(answers).post("/assessments")
                    .then().statusCode(400).body("errors.field", hasItem("body.currentRole"));
        } finally {
            DefaultCatalog.publish(roleChange(version + 1, DefaultCatalog.entries(catalog), destination,
                    CatalogChanged.ChangeEnum.DELETED));
            DefaultCatalog.awaitCatalogVersion(version + 1);
        }
    }

    private static CatalogChanged roleChange(long version, long entries, Role role, CatalogChanged.ChangeEnum change) {
        return new CatalogChanged().eventId(UUID.randomUUID()).catalogVersion(version).entryCount(entries)
                .changedAt(OffsetDateTime.now()).entityType(CatalogChanged.EntityTypeEnum.ROLE)
                .key(role.getSlug()).change(change).role(change == CatalogChanged.ChangeEnum.UPSERTED ? role : null);
    }

    @Test
    void aRetriedSubmissionReturnsTheSameAssessmentAndPublishesNothingNew() {
        String retryKey = "retry-" + java.util.UUID.randomUUID();
        String first = asTenant("acme").contentType("application/json").header("Idempotency-Key", retryKey)
                .body(Answers.platformBuilder()).post("/assessments").then().statusCode(202).extract().path("id");
        String second = asTenant("acme").contentType("application/json").header("Idempotency-Key", retryKey)
                .body(Answers.platformBuilder()).post("/assessments").then().statusCode(202).extract().path("id");
        assertEquals(first, second);

        KafkaTopics.awaitRecord(KafkaTopics.SCORED, r -> first.equals(r.key()), Duration.ofSeconds(20));
        assertEquals(1, KafkaTopics.countRecords(KafkaTopics.SUBMITTED, r -> first.equals(r.key()),
                Duration.ofSeconds(2)), "one questionnaire-submitted event for two identical requests");

        Map<String, Object> changed = Answers.platformBuilder();
        changed.put("yearsOfExperience", 7);
        asTenant("acme").contentType("application/json").header("Idempotency-Key", retryKey)
                .body(changed).post("/assessments").then().statusCode(409);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyMakeOneAssessment() throws Exception {
        String retryKey = "concurrent-" + java.util.UUID.randomUUID();
        int requests = 6;
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> responses = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                responses.add(clients.submit(() -> {
                    start.await();
                    return asTenant("acme").contentType("application/json").header("Idempotency-Key", retryKey)
                            .body(Answers.platformBuilder()).post("/assessments").then().extract();
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<ExtractableResponse<Response>> response : responses) {
                ExtractableResponse<Response> answered = response.get(30, TimeUnit.SECONDS);
                assertEquals(202, answered.statusCode(), answered.body().asString());
                ids.add(answered.path("id"));
            }
            assertEquals(1, ids.size(), "every request names the same assessment: " + ids);
            String id = ids.iterator().next();
            KafkaTopics.awaitRecord(KafkaTopics.SCORED, r -> id.equals(r.key()), Duration.ofSeconds(20));
            assertEquals(1, KafkaTopics.countRecords(KafkaTopics.SUBMITTED, r -> id.equals(r.key()),
                    Duration.ofSeconds(2)), "one questionnaire-submitted event for concurrent identical requests");
        } finally {
            clients.shutdownNow();
        }
    }

    private static org.hamcrest.Matcher<Object> not(String value) {
        return org.hamcrest.Matchers.not(value);
    }
}
