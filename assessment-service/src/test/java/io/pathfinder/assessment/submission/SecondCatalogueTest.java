package io.pathfinder.assessment.submission;

import static io.pathfinder.assessment.support.Contract.anonymous;
import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.problems.testing.ProblemChecks.assertInvalid;
import static io.pathfinder.problems.testing.ProblemChecks.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.assessment.support.KafkaTopics;
import io.pathfinder.assessment.support.OnetCatalog;
import io.pathfinder.contracts.model.CatalogSnapshot;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenants on different catalogues side by side: one configured for the O*NET sample, one on the default (curated)
 * catalogue, and one for a catalogue that is not published until the test says so.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(SecondCatalogueTest.TenantsOnSeveralCatalogues.class)
class SecondCatalogueTest {

    private static final String ONET_TENANT = "second-catalogue-onet";
    private static final String CURATED_TENANT = "second-catalogue-curated";
    private static final String LATE_TENANT = "second-catalogue-late";
    private static final String LATE_CATALOG = "late-arrival";
    private static final String STATISTICIAN = "onet-15-2041-00";
    private static final String RESEARCH_SCIENTIST = "onet-15-1221-00";

    public static class TenantsOnSeveralCatalogues implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "pathfinder.catalogs.tenants.\"" + ONET_TENANT + "\"", OnetCatalog.ID,
                    "pathfinder.catalogs.tenants.\"" + LATE_TENANT + "\"", LATE_CATALOG);
        }
    }

    @BeforeEach
    void cataloguesAreLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
        OnetCatalog.publishAndAwaitCopy(ONET_TENANT);
    }

    @Test
    void theQuestionnaireAsksAboutTheCallersTenantsCatalogue() {
        asTenant(ONET_TENANT).get("/questionnaire").then().statusCode(200)
                .body("catalog", equalTo(OnetCatalog.ID))
                .body("catalogVersion", equalTo(1))
                .body("sections.find { it.id == 'profile' }.questions.find { it.id == 'currentRole' }.choices.value",
                        hasItem(STATISTICIAN))
                .body("sections.find { it.id == 'skills' }.questions", hasSize(OnetCatalog.snapshot().getSkills().size()))
                .body("sections.find { it.id == 'skills' }.questions.id", hasItem("skills/mathematics"));
        for (var caller : List.of(anonymous(), asTenant(CURATED_TENANT))) {
            caller.get("/questionnaire").then().statusCode(200)
                    .body("catalog", equalTo("curated"))
                    .body("sections.find { it.id == 'profile' }.questions.find { it.id == 'currentRole' }.choices.value",
                            everyItem(not(startsWith("onet-"))));
        }
        String onetTag = asTenant(ONET_TENANT).get("/questionnaire").then().extract().header("ETag");
        asTenant(CURATED_TENANT).header("If-None-Match", onetTag).get("/questionnaire").then().statusCode(200);
        assertProblem(RestAssured.given().auth().oauth2("not-a-token").get("/questionnaire"), ProblemType.UNAUTHORIZED);
    }

    @Test
    void eachTenantIsScoredOnItsOwnCatalogueAtTheSameTime() {
        CompletableFuture<JsonPath> onet = CompletableFuture.supplyAsync(
                () -> scored(ONET_TENANT, Answers.statisticianOnOnet()));
        CompletableFuture<JsonPath> curated = CompletableFuture.supplyAsync(
                () -> scored(CURATED_TENANT, Answers.platformBuilder()));

        JsonPath onetResult = onet.join();
        assertEquals(OnetCatalog.ID, onetResult.getString("result.catalog"));
        assertEquals(1, onetResult.getInt("result.catalogVersion"));
        assertEquals(List.of(RESEARCH_SCIENTIST), onetResult.getList("result.recommendations.targetRole"),
                "a statistician's one path in the O*NET sample");
        assertEquals(List.of("onet-related-same-preparation"), onetResult.getList("result.options.option"));

        JsonPath curatedResult = curated.join();
        assertEquals("curated", curatedResult.getString("result.catalog"));
        assertEquals(DefaultCatalog.copyVersion(), curatedResult.getLong("result.catalogVersion"));
        List<String> curatedTargets = curatedResult.getList("result.recommendations.targetRole");
        assertEquals(List.of(), curatedTargets.stream().filter(role -> role.startsWith("onet-")).toList());
        assertEquals(List.of(), curatedTargets.stream()
                .filter(role -> DefaultCatalog.snapshot().getRoles().stream().noneMatch(r -> r.getSlug().equals(role)))
                .toList(), "every target is a curated role");
    }

    @Test
    void answersAreValidatedOnTheTenantsCatalogue() {
        assertInvalid(asTenant(ONET_TENANT).contentType("application/json").body(Answers.platformBuilder())
                .post("/assessments"), "body.currentRole", "body.skills.python");
        assertInvalid(asTenant(CURATED_TENANT).contentType("application/json").body(Answers.statisticianOnOnet())
                .post("/assessments"), "body.currentRole", "body.skills.mathematics");
    }

    @Test
    void anHrPlatformsSubmissionIsScoredOnItsTenantsCatalogue() {
        UUID id = UUID.randomUUID();
        KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), submittedInClear(id, ONET_TENANT,
                Answers.statisticianOnOnet()));

        asTenant(ONET_TENANT).get("/assessments/" + id + "?waitSeconds=20").then().statusCode(200)
                .body("status", equalTo("SCORED"))
                .body("result.catalog", equalTo(OnetCatalog.ID))
                .body("result.recommendations[0].targetRole", equalTo(RESEARCH_SCIENTIST));
    }

    @Test
    void journeysOfAnOnetAssessmentGoOnTheOnetCatalogue() {
        String id = scored(ONET_TENANT, Answers.statisticianOnOnet()).getString("id");

        asTenant(ONET_TENANT).get("/assessments/" + id + "/routes").then().statusCode(200)
                .body("from", equalTo(STATISTICIAN))
                .body("catalogVersion", equalTo(1))
                .body("routes", hasSize(greaterThan(0)))
                .body("routes[0].steps[0].move.targetRole", equalTo(RESEARCH_SCIENTIST))
                .body("routes.steps.flatten().move.targetRole", everyItem(startsWith("onet-")));
        asTenant(ONET_TENANT).contentType("application/json").body(Map.of("skills", Map.of("programming", 5)))
                .post("/assessments/" + id + "/what-if").then().statusCode(200)
                .body("catalogVersion", equalTo(1))
                .body("paths.path", equalTo(List.of(STATISTICIAN + "-to-" + RESEARCH_SCIENTIST)));
        asTenant(ONET_TENANT).queryParam("path", STATISTICIAN + "-to-" + RESEARCH_SCIENTIST)
                .get("/assessments/" + id + "/learning-plan").then().statusCode(200)
                .body("stages", hasSize(1))
                .body("stages[0].from", equalTo(STATISTICIAN));

        asTenant(ONET_TENANT).queryParam("from", STATISTICIAN).get("/routes").then().statusCode(200)
                .body("routes[0].steps[0].move.targetRole", equalTo(RESEARCH_SCIENTIST));
        asTenant(CURATED_TENANT).queryParam("from", STATISTICIAN).get("/routes").then().statusCode(400)
                .body("errors.field", equalTo(List.of("query.from")));
    }

    /**
     * A tenant's catalogue that is not on the topic keeps the service not ready and its submissions waiting: over
     * HTTP a 503 to retry, from Kafka scored once the catalogue arrives. Other tenants' events, even those behind
     * the waiting one in its partition, are scored meanwhile.
     */
    @Test
    void aTenantsCatalogueNotHeldYetIsWaitedFor() throws InterruptedException {
        RestAssured.get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'catalog-copy' }.data.'catalog." + LATE_CATALOG + "'",
                        startsWith("not on the topic"))
                .body("checks.find { it.name == 'catalog-copy' }.data.'catalog." + OnetCatalog.ID + "'",
                        equalTo("ready at version 1"));
        assertProblem(asTenant(LATE_TENANT).contentType("application/json").body(Answers.platformBuilder())
                .post("/assessments"), ProblemType.SERVICE_UNAVAILABLE);
        UUID id = UUID.randomUUID();
        UUID behind = UUID.randomUUID();
        KafkaTopics.produce(KafkaTopics.SUBMITTED, List.of(
                new ProducerRecord<>(KafkaTopics.SUBMITTED, 0, id.toString(),
                        submittedInClear(id, LATE_TENANT, Answers.platformBuilder())),
                new ProducerRecord<>(KafkaTopics.SUBMITTED, 0, behind.toString(),
                        submittedInClear(behind, CURATED_TENANT, Answers.platformBuilder()))));

        KafkaTopics.awaitRecord(KafkaTopics.SCORED, record -> behind.toString().equals(record.key()), Duration.ofSeconds(30));
        assertEquals(0, KafkaTopics.countRecords(KafkaTopics.SCORED, record -> id.toString().equals(record.key()),
                Duration.ofSeconds(2)), "the event waiting for its catalogue is not scored meanwhile");
        asTenant(LATE_TENANT).get("/assessments/" + id).then().statusCode(404);

        CatalogSnapshot late = DefaultCatalog.snapshot();
        DefaultCatalog.publish(late, LATE_CATALOG);
        DefaultCatalog.awaitCopy(LATE_TENANT, late);
        // The held event is scored on the consumer's next attempt; until then the assessment is not stored at all.
        KafkaTopics.awaitRecord(KafkaTopics.SCORED, record -> id.toString().equals(record.key()), Duration.ofSeconds(30));

        asTenant(LATE_TENANT).get("/assessments/" + id + "?waitSeconds=20").then().statusCode(200)
                .body("status", equalTo("SCORED"))
                .body("result.catalog", equalTo(LATE_CATALOG));
        RestAssured.get("/q/health/ready").then().statusCode(200);
    }

    private static JsonPath scored(String tenant, Map<String, Object> answers) {
        String id = asTenant(tenant).contentType("application/json").body(answers).post("/assessments")
                .then().statusCode(202).extract().path("id");
        return asTenant(tenant).get("/assessments/" + id + "?waitSeconds=20").then().statusCode(200)
                .body("status", equalTo("SCORED"))
                .extract().jsonPath();
    }

    /** A QuestionnaireSubmitted as an HR platform produces it: answers in clear, no tenant header. */
    private static String submittedInClear(UUID id, String tenant, Map<String, Object> answers) {
        ObjectNode event = DefaultCatalog.JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("assessmentId", id.toString());
        event.put("tenant", tenant);
        event.put("submittedAt", OffsetDateTime.now().toString());
        event.set("answers", DefaultCatalog.JSON.valueToTree(answers));
        return event.toString();
    }
}
