package io.pathfinder.assessment.problem;

import static io.pathfinder.assessment.support.Contract.anonymous;
import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.assessment.support.Contract.invalidAsTenant;
import static io.pathfinder.problems.testing.ProblemChecks.answerToOversizedBody;
import static io.pathfinder.problems.testing.ProblemChecks.assertInvalid;
import static io.pathfinder.problems.testing.ProblemChecks.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.Contract;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of error the assessment service answers is a problem document of the contract's registry. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ProblemDocumentsTest {

    private static final String SECRET = "jdbc:postgresql://db.internal/assessment?password=hunter2";

    /** Fails as a bug in a resource would; hidden from the scanned OpenAPI that ContractConformanceTest compares. */
    @Path("/failing")
    public static class FailingResource {
        @GET
        @Operation(hidden = true)
        public String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    /** Fails as a bug in a route outside JAX-RS would. */
    public static class FailingRoute {
        void register(@Observes Router router) {
            router.get("/failing-route").handler(context -> {
                throw new IllegalStateException(SECRET);
            });
        }
    }

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void badAnswersParametersAndBodiesAreValidationProblemsNamingTheFields() {
        Map<String, Object> answers = Answers.platformBuilder();
        answers.put("currentRole", "astronaut");
        assertInvalid(asTenant("acme").contentType(ContentType.JSON).body(answers).post("/assessments"), "body.currentRole");
        assertInvalid(invalidAsTenant("acme").queryParam("size", 1000).get("/assessments"), "query.size");
        assertInvalid(invalidAsTenant("acme").get("/assessments/not-a-uuid"), "path.id");
        assertInvalid(invalidAsTenant("acme").contentType(ContentType.JSON).body("{ not json").post("/assessments"), "body");
    }

    @Test
    void aCallWithoutAValidTokenIsUnauthorized() {
        assertProblem(anonymous().get("/assessments"), ProblemType.UNAUTHORIZED)
                .header("WWW-Authenticate", equalTo("Bearer"));
        assertProblem(RestAssured.given().auth().oauth2("not-a-token").get("/assessments"), ProblemType.UNAUTHORIZED);
        assertProblem(RestAssured.given().auth().oauth2(Contract.tokenWithoutTenant()).get("/assessments"),
                ProblemType.UNAUTHORIZED)
                .body("detail", containsString("tenant"));
    }

    @Test
    void anInsightWithoutTheAnalystGroupIsForbidden() {
        assertProblem(asTenant("acme").get("/insights/evaluation"), ProblemType.FORBIDDEN);
    }

    @Test
    void anUnknownAssessmentPathOrFileIsNotFound() {
        assertProblem(asTenant("acme").get("/assessments/" + UUID.randomUUID()), ProblemType.NOT_FOUND);
        assertProblem(RestAssured.get("/no-such-collection"), ProblemType.NOT_FOUND);
        assertProblem(RestAssured.get("/app/no-such-file.js"), ProblemType.NOT_FOUND);
    }

    @Test
    void aMethodTheResourceDoesNotTakeIsNotAllowed() {
        assertProblem(RestAssured.delete("/questionnaire"), ProblemType.METHOD_NOT_ALLOWED);
    }

    @Test
    void aMediaTypeTheResourceCannotAnswerInIsNotAcceptable() {
        assertProblem(RestAssured.given().accept("application/xml").get("/questionnaire"), ProblemType.NOT_ACCEPTABLE);
    }

    @Test
    void aBodyOfAnotherMediaTypeIsUnsupported() {
        assertProblem(RestAssured.given().auth().oauth2(Contract.token("acme")).contentType(ContentType.TEXT)
                .body("answers").post("/assessments"), ProblemType.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void anIdempotencyKeyReusedWithOtherAnswersIsAConflict() {
        String key = "conflict-" + UUID.randomUUID();
        asTenant("acme").contentType(ContentType.JSON).header("Idempotency-Key", key).body(Answers.platformBuilder())
                .post("/assessments").then().statusCode(202);
        Map<String, Object> other = Answers.platformBuilder();
        other.put("yearsOfExperience", 9);
        assertProblem(asTenant("acme").contentType(ContentType.JSON).header("Idempotency-Key", key).body(other)
                .post("/assessments"), ProblemType.CONFLICT);
    }

    @Test
    void aQuestionnaireIfMatchNamingAnotherVersionFailsThePrecondition() {
        assertProblem(RestAssured.given().header("If-Match", "\"another-version\"").get("/questionnaire"),
                ProblemType.PRECONDITION_FAILED);
    }

    @Test
    void aBodyOverTheLimitIsTooLargeWhetherItsLengthIsDeclaredOrNot() {
        String huge = "{\"questionnaireVersion\": \"" + "x".repeat(256 * 1024) + "\"}";
        assertProblem(answerToOversizedBody(() -> invalidAsTenant("acme").contentType(ContentType.JSON).body(huge)
                .post("/assessments")), ProblemType.CONTENT_TOO_LARGE)
                .body("detail", containsString("256 KiB"));
        // A stream has no Content-Length: it is sent chunked, and refused once it passes the limit.
        assertProblem(answerToOversizedBody(() -> RestAssured.given().auth().oauth2(Contract.token("acme"))
                .contentType(ContentType.JSON).body(new ByteArrayInputStream(huge.getBytes())).post("/assessments")),
                ProblemType.CONTENT_TOO_LARGE);
    }

    @Test
    void aUriOverTheLimitIsTooLong() {
        assertProblem(RestAssured.given().queryParam("status", "x".repeat(5000)).get("/assessments"), ProblemType.URI_TOO_LONG);
    }

    @Test
    void aFailureDisclosesNothingOfItself() {
        for (String path : List.of("/failing", "/failing-route")) {
            assertProblem(RestAssured.get(path), ProblemType.INTERNAL_ERROR)
                    .body(not(containsString("hunter2")))
                    .body(not(containsString("IllegalStateException")));
        }
    }
}
