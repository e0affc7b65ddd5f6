package io.pathfinder.catalog;

import static io.pathfinder.catalog.Api.adminToken;
import static io.pathfinder.catalog.Api.givenInvalidRequest;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrong types, huge bodies, unknown fields and injection strings get a 4xx, never a 5xx. */
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
    void aHugeBodyIsRefused() {
        String huge = "{\"slug\": \"huge\", \"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        givenInvalidRequest().auth().oauth2(adminToken()).contentType("application/json").body(huge)
                .post("/skills").then().statusCode(413);
    }
}
