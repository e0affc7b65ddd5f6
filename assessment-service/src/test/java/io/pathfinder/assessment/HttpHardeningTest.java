package io.pathfinder.assessment;

import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.ALLOWED_ORIGIN;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.assertNoGrant;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.preflight;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Security headers and CORS as a deployment gets them with no configuration of its own. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class HttpHardeningTest {

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void assessmentsAreNeverStoredByCachesAndNeverSniffed() {
        String location = asTenant("private").contentType("application/json").body(Answers.platformBuilder())
                .post("/assessments").then().statusCode(202)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().header("Location");
        asTenant("private").get(location).then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Strict-Transport-Security", nullValue());
        asTenant("private").get("/assessments").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        asTenant("someone-else").get(location).then().statusCode(404).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theQuestionnaireStaysCacheable() {
        RestAssured.get("/questionnaire").then().statusCode(200)
                .header("Cache-Control", equalTo("no-transform, max-age=60"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void withoutConfiguredOriginsNoBrowserOriginIsGranted() {
        assertNoGrant(preflight(ALLOWED_ORIGIN, "/assessments", "POST", "Authorization"));
        assertNoGrant(RestAssured.given().header("Origin", ALLOWED_ORIGIN).header("X-Forwarded-Proto", "https")
                .get("/questionnaire"));
    }
}
