package io.pathfinder.catalog;

import static io.pathfinder.catalog.Api.adminToken;
import static io.pathfinder.catalog.Api.given;
import static io.pathfinder.catalog.Api.givenInvalidRequest;
import static io.pathfinder.problems.testing.ProblemChecks.answerToOversizedBody;
import static io.pathfinder.problems.testing.ProblemChecks.assertFieldProblem;
import static io.pathfinder.problems.testing.ProblemChecks.assertInvalid;
import static io.pathfinder.problems.testing.ProblemChecks.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

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
import org.junit.jupiter.api.Test;

/** Every kind of error the catalogue answers is a problem document of the contract's registry. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ProblemDocumentsTest {

    private static final String SECRET = "jdbc:postgresql://db.internal/catalog?password=hunter2";

    /** Fails as a bug in a resource would. */
    @Path("/failing")
    public static class FailingResource {
        @GET
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

    @Test
    void badParametersAndBodiesAreValidationProblemsNamingTheFields() {
        assertInvalid(givenInvalidRequest().queryParam("page", "abc").queryParam("family", "astronaut").get("/roles"),
                "query.page", "query.family");
        assertInvalid(givenInvalidRequest().queryParam("size", 1000).get("/roles"), "query.size");
        assertInvalid(givenInvalidRequest().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .body("{\"slug\": \"half").post("/skills"), "body.slug");
    }

    @Test
    void aWriteWithoutAValidTokenIsUnauthorized() {
        assertProblem(givenInvalidRequest().contentType(ContentType.JSON).body(CatalogWriteTest.skill("no-token"))
                .post("/skills"), ProblemType.UNAUTHORIZED)
                .header("WWW-Authenticate", equalTo("Bearer"));
        assertProblem(givenInvalidRequest().header("Authorization", "Bearer not-a-token").contentType(ContentType.JSON)
                .body(CatalogWriteTest.skill("bad-token")).post("/skills"), ProblemType.UNAUTHORIZED);
    }

    @Test
    void aWriteWithoutTheAdminRoleIsForbidden() {
        assertProblem(given().header("Authorization", "Bearer " + Api.readerToken()).contentType(ContentType.JSON)
                .body(CatalogWriteTest.skill("reader-skill")).post("/skills"), ProblemType.FORBIDDEN);
    }

    @Test
    void anUnknownEntryOrPathIsNotFound() {
        assertProblem(given().get("/roles/no-such-role"), ProblemType.NOT_FOUND)
                .body("detail", containsString("no-such-role"));
        assertProblem(RestAssured.get("/no-such-collection"), ProblemType.NOT_FOUND);
    }

    @Test
    void aMethodTheResourceDoesNotTakeIsNotAllowed() {
        assertProblem(RestAssured.given().header("Authorization", "Bearer " + adminToken()).patch("/roles/data-scientist"),
                ProblemType.METHOD_NOT_ALLOWED);
    }

    @Test
    void aMediaTypeTheResourceCannotAnswerInIsNotAcceptable() {
        assertProblem(RestAssured.given().accept("application/xml").get("/roles"), ProblemType.NOT_ACCEPTABLE);
    }

    @Test
    void aBodyOfAnotherMediaTypeIsUnsupported() {
        assertProblem(RestAssured.given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.TEXT).body("python")
                .post("/skills"), ProblemType.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void changesAgainstTheCurrentCatalogueAreConflictsOrPreconditionProblems() {
        assertProblem(given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .body(CatalogWriteTest.skill("python")).post("/skills"), ProblemType.CONFLICT);
        assertProblem(given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON).header("If-Match", "W/\"999999\"")
                .body(CatalogWriteTest.skill("python")).put("/skills/python"), ProblemType.PRECONDITION_FAILED);
        assertProblem(givenInvalidRequest().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .body(CatalogWriteTest.skill("python")).put("/skills/python"), ProblemType.PRECONDITION_REQUIRED);
        assertFieldProblem(given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .body(CatalogWriteTest.role("role-of-ghosts", List.of(Map.of("skill", "ghost", "importance", 3, "level", 2))))
                .post("/roles"), ProblemType.UNKNOWN_REFERENCES, "body.requirements[0].skill");
    }

    @Test
    void aBodyOverTheLimitIsTooLargeWhetherItsLengthIsDeclaredOrNot() {
        String huge = "{\"slug\": \"huge\", \"name\": \"" + "x".repeat(512 * 1024) + "\"}";
        assertProblem(answerToOversizedBody(() -> givenInvalidRequest().header("Authorization", "Bearer " + adminToken())
                .contentType(ContentType.JSON).body(huge).post("/skills")), ProblemType.CONTENT_TOO_LARGE)
                .body("detail", containsString("512 KiB"));
        // A stream has no Content-Length: it is sent chunked, and refused once it passes the limit.
        assertProblem(answerToOversizedBody(() -> RestAssured.given().header("Authorization", "Bearer " + adminToken())
                .contentType(ContentType.JSON).body(new ByteArrayInputStream(huge.getBytes())).post("/skills")),
                ProblemType.CONTENT_TOO_LARGE);
    }

    @Test
    void aUriOverTheLimitIsTooLong() {
        assertProblem(RestAssured.given().queryParam("q", "x".repeat(5000)).get("/roles"), ProblemType.URI_TOO_LONG);
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
