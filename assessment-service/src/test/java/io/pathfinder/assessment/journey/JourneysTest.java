package io.pathfinder.assessment.journey;

import static io.pathfinder.assessment.support.Contract.anonymous;
import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.assessment.support.Contract.invalidAsTenant;
import static io.pathfinder.problems.testing.ProblemChecks.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.assessment.support.KafkaTopics;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routes, what-if and learning plans over HTTP, every call checked against the contract. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class JourneysTest {

    private static final String TENANT = "journeys";

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void anAnalystsOwnRouteToMlopsGoesByWayOfDataEngineering() {
        String id = scored(Answers.analystHeadingForMlops());
        JsonPath stored = asTenant(TENANT).get("/assessments/" + id).then().statusCode(200).extract().jsonPath();

        JsonPath plan = asTenant(TENANT).queryParam("to", "mlops-engineer").queryParam("via", "data-engineer")
                .get("/assessments/" + id + "/routes")
                .then().statusCode(200)
                .body("from", equalTo("data-analyst"))
                .body("modelVersion", equalTo(stored.getString("result.modelVersion")))
                .body("catalogVersion", equalTo(stored.getInt("result.catalogVersion")))
                .body("routes[0].steps.move.path", equalTo(List.of("data-analyst-to-data-engineer",
                        "data-engineer-to-mlops-engineer")))
                .body("routes[0].steps[0].carriesOver.skill", hasItem("data-pipelines"))
                .body("routes.steps.flatten().move.targetRole", hasItem("mlops-engineer"))
                .extract().jsonPath();
        Map<String, Object> firstMove = plan.getMap("routes[0].steps[0].move");
        Map<String, Object> storedMove = stored.getMap(
                "result.recommendations.find { it.path == 'data-analyst-to-data-engineer' }");
        assertEquals(storedMove, firstMove, "the first step is the move the stored result explains");
    }

    @Test
    void routesFromARoleAloneNeedNoAssessment() {
        asTenant(TENANT).queryParam("from", "data-analyst").queryParam("to", "mlops-engineer")
                .queryParam("via", "data-engineer").queryParam("limit", 3)
                .get("/routes")
                .then().statusCode(200)
                .body("routes", hasSize(greaterThan(0)))
                .body("routes[0].steps.move.path", equalTo(List.of("data-analyst-to-data-engineer",
                        "data-engineer-to-mlops-engineer")))
                .body("search.exhaustive", equalTo(true));
        asTenant(TENANT).queryParam("from", "data-scientist").get("/routes")
                .then().statusCode(200)
                .body("routes", hasSize(5))
                .body("search.expansions", org.hamcrest.Matchers.lessThanOrEqualTo(1 + 64 * 2));
    }

    @Test
    void whatIfMovesRanksAndStoresNothing() {
        String id = scored(Answers.platformBuilder());
        String storedBefore = asTenant(TENANT).get("/assessments/" + id).then().statusCode(200).extract().asString();
        JsonPath stored = JsonPath.from(storedBefore);

        JsonPath whatIf = asTenant(TENANT).contentType("application/json")
                .body(Map.of("skills", Map.of("containers-kubernetes", 4, "cloud-infrastructure", 4, "ml-monitoring", 4),
                        "constraints", Map.of("monthsToUpskill", 6)))
                .post("/assessments/" + id + "/what-if")
                .then().statusCode(200)
                .body("assessmentId", equalTo(id))
                .body("modelVersion", equalTo(stored.getString("result.modelVersion")))
                .body("catalogVersion", equalTo(stored.getInt("result.catalogVersion")))
                .body("changes.answer", equalTo(List.of("constraints/monthsToUpskill", "skills/cloud-infrastructure",
                        "skills/containers-kubernetes", "skills/ml-monitoring")))
                .extract().jsonPath();

        List<Map<String, Object>> recommendations = stored.getList("result.recommendations");
        for (Map<String, Object> recommendation : recommendations) {
            Map<String, Object> change = whatIf.getMap("paths.find { it.path == '" + recommendation.get("path") + "' }");
            assertEquals(recommendation.get("rank"), change.get("rankBefore"), "ranks before are the stored ones");
            assertEquals(((Number) recommendation.get("score")).doubleValue(),
                    ((Number) change.get("scoreBefore")).doubleValue(), 1e-9, "scores before are the stored ones");
        }
        assertTrue(whatIf.getList("paths.rankMove", Integer.class).stream().anyMatch(move -> move != 0), "ranks move");

        assertEquals(storedBefore, asTenant(TENANT).get("/assessments/" + id).then().statusCode(200).extract().asString(),
                "the stored assessment is untouched");
        assertEquals(1, KafkaTopics.countRecords(KafkaTopics.SCORED, r -> id.equals(r.key()), Duration.ofSeconds(2)),
                "nothing new is published");
    }

    @Test
    void aLearningPlanForARouteAddsUpStepByStep() {
        String id = scored(Answers.analystHeadingForMlops());

        JsonPath plan = asTenant(TENANT)
                .queryParam("path", "data-analyst-to-data-engineer", "data-engineer-to-mlops-engineer")
                .get("/assessments/" + id + "/learning-plan")
                .then().statusCode(200)
                .body("stages", hasSize(2))
                .body("stages[1].from", equalTo("data-engineer"))
                .body("stages.nextSteps.flatten()", hasSize(greaterThan(0)))
                .extract().jsonPath();
        double score = plan.getDouble("stages[0].scoreBefore");
        for (Map<String, Object> step : plan.<Map<String, Object>>getList("stages[0].steps")) {
            score += ((Number) step.get("scoreGain")).doubleValue();
            assertEquals(score, ((Number) step.get("scoreAfter")).doubleValue(), 0.05);
        }
        assertEquals(plan.getDouble("stages[0].scoreAfter"), score, 0.05);
    }

    @Test
    void anotherTenantFindsNothingAndNoTokenGetsNothing() {
        String id = scored(Answers.platformBuilder());

        asTenant("someone-else").get("/assessments/" + id + "/routes").then().statusCode(404);
        asTenant("someone-else").contentType("application/json").body(Map.of("skills", Map.of("python", 5)))
                .post("/assessments/" + id + "/what-if").then().statusCode(404);
        asTenant("someone-else").queryParam("path", "data-scientist-to-mlops-engineer")
                .get("/assessments/" + id + "/learning-plan").then().statusCode(404);
        anonymous().get("/assessments/" + id + "/routes").then().statusCode(401);
        anonymous().queryParam("from", "data-analyst").get("/routes").then().statusCode(401);
    }

    @Test
    void badRequestsNameTheirField() {
        String id = scored(Answers.platformBuilder());

        asTenant(TENANT).queryParam("to", "astronaut").get("/assessments/" + id + "/routes")
                .then().statusCode(400).body("errors.field", equalTo(List.of("query.to")));
        asTenant(TENANT).queryParam("from", "astronaut").get("/routes")
                .then().statusCode(400).body("errors.field", equalTo(List.of("query.from")));
        invalidAsTenant(TENANT).queryParam("maxSteps", 9).get("/assessments/" + id + "/routes")
                .then().statusCode(400).body("errors.field", hasItem("query.maxSteps"));
        asTenant(TENANT).contentType("application/json").body(Map.of("skills", Map.of("basket-weaving", 3)))
                .post("/assessments/" + id + "/what-if")
                .then().statusCode(400).body("errors.field", equalTo(List.of("body.skills.basket-weaving")));
        invalidAsTenant(TENANT).contentType("application/json").body(Map.of("skills", Map.of("python", 9)))
                .post("/assessments/" + id + "/what-if").then().statusCode(400);
        asTenant(TENANT).queryParam("path", "data-engineer-to-mlops-engineer")
                .get("/assessments/" + id + "/learning-plan")
                .then().statusCode(400).body("errors.field", equalTo(List.of("query.path")));
    }

    @Test
    void aFailedAssessmentCannotBePlannedWith() {
        UUID id = UUID.randomUUID();
        ObjectNode event = DefaultCatalog.JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("assessmentId", id.toString());
        event.put("tenant", TENANT);
        event.put("submittedAt", OffsetDateTime.now().toString());
        ObjectNode answers = DefaultCatalog.JSON.valueToTree(Answers.platformBuilder());
        answers.put("currentRole", "astronaut");
        event.set("answers", answers);
        KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), event.toString());
        // The scoring consumer creates the assessment from the event, fails it, then dead-letters the event.
        KafkaTopics.awaitRecord(KafkaTopics.DEAD_LETTER, r -> id.toString().equals(r.key()), Duration.ofSeconds(20));
        asTenant(TENANT).get("/assessments/" + id).then().statusCode(200)
                .body("status", equalTo("FAILED"));

        assertProblem(asTenant(TENANT).contentType("application/json").body(Map.of("skills", Map.of("python", 5)))
                .post("/assessments/" + id + "/what-if"), ProblemType.NOT_PLANNABLE);
        assertProblem(asTenant(TENANT).get("/assessments/" + id + "/routes"), ProblemType.NOT_PLANNABLE)
                .body("detail", org.hamcrest.Matchers.containsString("currentRole"));
    }

    private static String scored(Map<String, Object> answers) {
        String id = asTenant(TENANT).contentType("application/json").body(answers).post("/assessments")
                .then().statusCode(202).extract().path("id");
        asTenant(TENANT).get("/assessments/" + id + "?waitSeconds=20").then().statusCode(200)
                .body("status", equalTo("SCORED"));
        return id;
    }
}
