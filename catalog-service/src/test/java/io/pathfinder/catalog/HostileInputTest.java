package io.pathfinder.catalog;

import static io.pathfinder.catalog.Api.adminToken;
import static io.pathfinder.catalog.Api.givenInvalidRequest;
import static io.pathfinder.problems.testing.ProblemChecks.answerToOversizedBody;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wrong types, oversized bodies, strings and arrays, unknown fields and injection strings get a 4xx, never a 5xx. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class HostileInputTest {

    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "x'; DROP TABLE role; --",
            "<script>alert(1)</script>", "../../etc/passwd", "%00", "${jndi:ldap://x}", "\\u0000");

    @Test
    void injectionStringsInQueriesAndPathsAreHarmless() {
        for (String attack : INJECTIONS) {
            givenInvalidRequest().queryParam("q", attack).get("/roles").then().statusCode(200);
            givenInvalidRequest().queryParam("sort", attack).get("/roles").then().statusCode(400);
            givenInvalidRequest().queryParam("family", attack).get("/roles").then().statusCode(400);
            String segment = URLEncoder.encode(attack, StandardCharsets.UTF_8).replace("+", "%20");
            givenInvalidRequest().urlEncodingEnabled(false).get("/roles/" + segment)
                    .then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)));
            givenInvalidRequest().urlEncodingEnabled(false).get("/roles/data-scientist/comparison/" + segment)
                    .then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)));
        }
        givenInvalidRequest().get("/roles").then().statusCode(200); // and the catalogue is still there
    }

    @Test
    void wrongTypesAndMalformedJsonAreBadRequests() {
        givenInvalidRequest().auth().oauth2(adminToken()).contentType("application/json")
                .body("{\"slug\": 42, \"name\": [], \"category\": {}, \"description\": true, \"learningMonthsPerLevel\": \"a\"}")
                .post("/skills").then().statusCode(400);
        givenInvalidRequest().auth().oauth2(adminToken()).contentType("application/json")
                .body("{\"slug\": \"half").post("/skills").then().statusCode(400);
        givenInvalidRequest().auth().oauth2(adminToken()).contentType("application/json")
                .body("[1, 2, 3]").post("/skills").then().statusCode(400);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithAProblem() {
        String huge = "{\"slug\": \"huge\", \"name\": \"" + "x".repeat(512 * 1024) + "\"}";
        answerToOversizedBody(() -> givenInvalidRequest().auth().oauth2(adminToken()).contentType("application/json")
                .body(huge).post("/skills")).then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("512 KiB"));
    }

    @Test
    void aStringOverItsMaxLengthOrWithControlCharactersIsABadRequestNamingIt() {
        for (String name : List.of("x".repeat(121), "Escape \u001b[31m")) {
            Map<String, Object> skill = new HashMap<>(CatalogWriteTest.skill("bad-name"));
            skill.put("name", name);
            givenInvalidRequest().auth().oauth2(adminToken()).contentType("application/json").body(skill)
                    .post("/skills").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("body.name"));
        }
    }

    @Test
    void aFloodOfBadFieldsIsCountedButListsTheFirstHundred() {
        Map<String, Object> badRequirement = Map.of("skill", "python", "importance", 9, "level", 9);
        Map<String, Object> role = CatalogWriteTest.role("flooded", Collections.nCopies(60, badRequirement));
        givenInvalidRequest().auth().oauth2(adminToken()).contentType("application/json").body(role)
                .post("/roles").then().statusCode(400)
                .body("detail", containsString("120 invalid"))
                .body("errors", hasSize(100));
    }

    @Test
    void anArrayOverItsMaxItemsIsABadRequestNamingIt() {
        Map<String, Object> option = Map.of("slug", "many-trade-offs", "title", "Many trade-offs", "summary", "Too many.",
                "tradeOffs", Collections.nCopies(21, "One more"), "firstSteps", List.of("Start"),
                "relievesPainPoints", List.of("vague-success"));
        givenInvalidRequest().auth().oauth2(adminToken()).contentType("application/json").body(option)
                .post("/options").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("body.tradeOffs"));
    }
}
