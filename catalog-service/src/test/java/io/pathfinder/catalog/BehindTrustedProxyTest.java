package io.pathfinder.catalog;

import static io.pathfinder.catalog.Api.given;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.ALLOWED_ORIGIN;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.OTHER_ORIGIN;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.assertGranted;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.assertNoGrant;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.preflight;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.pathfinder.contracts.testing.HttpHardeningChecks.BehindTrustedProxy;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** A deployment behind a TLS-terminating proxy it trusts, with one browser origin allowed. */
@QuarkusTest
@TestProfile(BehindTrustedProxy.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class BehindTrustedProxyTest {

    @Test
    void httpsThroughTheTrustedProxyEarnsStrictTransportSecurity() {
        given().header("X-Forwarded-Proto", "https").get("/roles").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
        given().get("/roles").then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    @Test
    void theAllowedOriginMayWriteAndReadTheHeadersItNeeds() {
        assertGranted(preflight(ALLOWED_ORIGIN, "/skills/python", "PUT", "If-Match"), ALLOWED_ORIGIN, "PUT", "If-Match");
        given().header("Origin", ALLOWED_ORIGIN).get("/roles").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void anyOtherOriginIsNotGranted() {
        assertNoGrant(preflight(OTHER_ORIGIN, "/skills/python", "PUT", "If-Match"));
        assertNoGrant(preflight("https://app.pathfinder.test.elsewhere.test", "/roles", "GET", "If-None-Match"));
    }
}
