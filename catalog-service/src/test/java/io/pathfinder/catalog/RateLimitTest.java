package io.pathfinder.catalog;

import static io.pathfinder.catalog.Api.adminToken;
import static io.pathfinder.catalog.Api.given;
import static io.pathfinder.problems.testing.ProblemChecks.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.OneWriteAMinute.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class RateLimitTest {

    private static final String LIMITED_ADMIN = "limited-admin@pathfinder.example";

    /**
     * One catalogue write a minute for one administrator; the others keep the test default. Anonymous
     * reads get a burst smaller than their quota.
     */
    public static class OneWriteAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pathfinder.rate-limit.tenants.\"" + LIMITED_ADMIN + "\".writes.per-minute", "1",
                    "pathfinder.rate-limit.public-reads.per-minute", "5000",
                    "pathfinder.rate-limit.public-reads.burst", "4000");
        }
    }

    @Test
    void theWriteOverTheQuotaGets429AndAnotherAdministratorIsUnaffected() {
        given().header("Authorization", "Bearer " + adminToken(LIMITED_ADMIN)).when().delete("/skills/no-such-skill")
                .then().statusCode(404)
                .header("RateLimit-Limit", equalTo("1"))
                .header("RateLimit-Remaining", equalTo("0"));
        String retryAfter = assertProblem(given().header("Authorization", "Bearer " + adminToken(LIMITED_ADMIN))
                .when().delete("/skills/no-such-skill"), ProblemType.TOO_MANY_REQUESTS)
                .header("RateLimit-Limit", equalTo("1"))
                .header("RateLimit-Remaining", equalTo("0"))
                .extract().header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 60, "Retry-After " + retryAfter);

        given().header("Authorization", "Bearer " + adminToken()).when().delete("/skills/no-such-skill")
                .then().statusCode(404)
                .header("RateLimit-Limit", equalTo("100000"));
    }

    @Test
    void readsWithoutATokenDrawOnTheClientAddressesQuotaAndItsBurst() {
        int remaining = Integer.parseInt(given().when().get("/catalog/version").then().statusCode(200)
                .header("RateLimit-Limit", equalTo("5000"))
                .extract().header("RateLimit-Remaining"));
        // The limit is the quota a minute; what remains is what the bucket holds, at most the burst.
        assertTrue(remaining < 4000, remaining + " left");
    }
}
