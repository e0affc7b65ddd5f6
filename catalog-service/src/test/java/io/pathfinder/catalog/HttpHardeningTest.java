package io.pathfinder.catalog;

import static io.pathfinder.catalog.Api.adminToken;
import static io.pathfinder.catalog.Api.given;
import static io.pathfinder.catalog.Api.givenInvalidRequest;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.ALLOWED_ORIGIN;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.OTHER_ORIGIN;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.assertNoGrant;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.preflight;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Security headers and CORS as a deployment gets them with no configuration of its own. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class HttpHardeningTest {

    @Test
    void everyResponseForbidsSniffingWhoeverAnswersIt() {
        String tag = given().get("/roles/data-scientist").then().statusCode(200).extract().header("ETag");
        for (ValidatableResponse response : new ValidatableResponse[] {
                given().get("/roles").then().statusCode(200),
                given().header("If-None-Match", tag).get("/roles/data-scientist").then().statusCode(304),
                given().get("/roles/no-such-role").then().statusCode(404),
                givenInvalidRequest().contentType("application/json").body("{}").post("/skills").then().statusCode(401),
                RestAssured.get("/q/health/ready").then().statusCode(200)}) {
            response.header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }

    @Test
    void onlyReadsThatSaySoMayBeCached() {
        given().get("/roles").then().statusCode(200).header("Cache-Control", equalTo("public, max-age=60"));
        given().get("/roles/no-such-role").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        givenInvalidRequest().auth().oauth2(adminToken()).contentType("application/json").body("{}")
                .post("/skills").then().statusCode(400).header("Cache-Control", equalTo("no-store"));
        RestAssured.get("/q/health/ready").then().header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void plainHttpGetsNoStrictTransportSecurityWhateverForwardedHeadersClaim() {
        given().header("X-Forwarded-Proto", "https").get("/roles").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void withoutConfiguredOriginsNoBrowserOriginIsGranted() {
        assertNoGrant(preflight(ALLOWED_ORIGIN, "/skills", "POST", "Authorization"));
        assertNoGrant(preflight(OTHER_ORIGIN, "/roles", "GET", "If-None-Match"));
        assertNoGrant(RestAssured.given().header("Origin", OTHER_ORIGIN).get("/roles"));
    }
}
