package io.pathfinder.assessment;

import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.ALLOWED_ORIGIN;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.OTHER_ORIGIN;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.assertGranted;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.assertNoGrant;
import static io.pathfinder.contracts.testing.HttpHardeningChecks.preflight;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

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
    void theAllowedOriginMaySubmitOverHttpsAndNoOtherMay() {
        assertGranted(preflight(ALLOWED_ORIGIN, "/assessments", "POST", "Idempotency-Key"),
                ALLOWED_ORIGIN, "POST", "Idempotency-Key");
        assertNoGrant(preflight(OTHER_ORIGIN, "/assessments", "POST", "Idempotency-Key"));
        asTenant("proxied").header("Origin", ALLOWED_ORIGIN).header("X-Forwarded-Proto", "https")
                .get("/assessments").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
                .header("Strict-Transport-Security", equalTo("max-age=31536000"))
                .header("Cache-Control", equalTo("no-store"))
                .header("Link", startsWith("<https://"));
    }
}
