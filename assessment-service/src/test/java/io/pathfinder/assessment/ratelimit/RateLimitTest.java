package io.pathfinder.assessment.ratelimit;

import static io.pathfinder.assessment.support.Contract.anonymous;
import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.problems.testing.ProblemChecks.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.pathfinder.ratelimit.Decision;
import io.pathfinder.ratelimit.RateLimiter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.LowQuotas.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class RateLimitTest {

    /** Two a minute: one comes back every 30 s, far longer than the test's calls take. */
    private static final int SUBMISSIONS = 2;
    /** No other test uses these tenants: their buckets last as long as the test JVM's database. */
    private static final String FLOODER = "rate-limit-flooder";
    private static final String NEIGHBOUR = "rate-limit-neighbour";
    /** Six a minute, two at once: one comes back every 10 s. */
    private static final String BURSTING = "rate-limit-bursting";
    private static final int BURSTING_PER_MINUTE = 6;
    private static final int BURSTING_BURST = 2;

    /** Low submission quotas for the tenants of this test; everyone else keeps the test default. */
    public static class LowQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "pathfinder.rate-limit.tenants.\"" + FLOODER + "\".submissions.per-minute", String.valueOf(SUBMISSIONS),
                    "pathfinder.rate-limit.tenants.\"" + NEIGHBOUR + "\".submissions.per-minute", String.valueOf(SUBMISSIONS),
                    "pathfinder.rate-limit.tenants.\"" + BURSTING + "\".submissions.per-minute", String.valueOf(BURSTING_PER_MINUTE),
                    "pathfinder.rate-limit.tenants.\"" + BURSTING + "\".submissions.burst", String.valueOf(BURSTING_BURST),
                    "pathfinder.rate-limit.public-reads.per-minute", "5000");
        }
    }

    @Inject
    DataSource dataSource;

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void theSubmissionOverTheQuotaGets429WithRetryAfterAndAnotherTenantIsUnaffected() {
        for (int i = 1; i <= SUBMISSIONS; i++) {
            submit(FLOODER).statusCode(202)
                    .header("RateLimit-Limit", equalTo(String.valueOf(SUBMISSIONS)))
                    .header("RateLimit-Remaining", equalTo(String.valueOf(SUBMISSIONS - i)));
        }
        ValidatableResponse refused = assertProblem(submit(FLOODER).extract().response(), ProblemType.TOO_MANY_REQUESTS)
                .header("RateLimit-Limit", equalTo(String.valueOf(SUBMISSIONS)))
                .header("RateLimit-Remaining", equalTo("0"));
        int retryAfter = Integer.parseInt(refused.extract().header("Retry-After"));
        int reset = Integer.parseInt(refused.extract().header("RateLimit-Reset"));
        // One submission comes back every 30 s; the full quota within the minute.
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
        assertTrue(reset > 30 && reset <= 60, "RateLimit-Reset " + reset);

        submit(NEIGHBOUR).statusCode(202)
                .header("RateLimit-Remaining", equalTo(String.valueOf(SUBMISSIONS - 1)));
        // The flooder's reads draw on another quota.
        asTenant(FLOODER).get("/assessments").then().statusCode(200)
                .header("RateLimit-Limit", equalTo("100000"));
    }

    @Test
    void aTenantsBurstPassesThatManySubmissionsAtOnceAndTheHeadersStillGiveTheQuotaAMinute() {
        for (int i = 1; i <= BURSTING_BURST; i++) {
            submit(BURSTING).statusCode(202)
                    .header("RateLimit-Limit", equalTo(String.valueOf(BURSTING_PER_MINUTE)))
                    .header("RateLimit-Remaining", equalTo(String.valueOf(BURSTING_BURST - i)));
        }
        ValidatableResponse refused = assertProblem(submit(BURSTING).extract().response(), ProblemType.TOO_MANY_REQUESTS)
                .header("RateLimit-Limit", equalTo(String.valueOf(BURSTING_PER_MINUTE)))
                .header("RateLimit-Remaining", equalTo("0"))
                .body("detail", containsString("at most " + BURSTING_BURST + " at once"));
        int retryAfter = Integer.parseInt(refused.extract().header("Retry-After"));
        int reset = Integer.parseInt(refused.extract().header("RateLimit-Reset"));
        // One submission comes back every 10 s; the two the bucket holds within 20 s, not the minute.
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
        assertTrue(reset > 10 && reset <= 20, "RateLimit-Reset " + reset);
    }

    @Test
    void callsWithoutATokenDrawOnTheClientAddressesQuota() {
        int remaining = Integer.parseInt(anonymous().get("/questionnaire").then().statusCode(200)
                .header("RateLimit-Limit", equalTo("5000"))
                .extract().header("RateLimit-Remaining"));
        assertTrue(remaining < 5000, remaining + " left");
    }

    @Test
    void twoInstancesOverOneDatabaseShareOneQuota() {
        RateLimiter first = new RateLimiter(dataSource);
        RateLimiter second = new RateLimiter(dataSource);
        String bucket = "submissions:shared-" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            Decision decision = (i % 2 == 0 ? first : second).consume(bucket, 4, 4);
            assertTrue(decision.allowed(), "call " + (i + 1) + " of 4");
            assertEquals(3 - i, decision.remaining());
        }
        assertFalse(first.consume(bucket, 4, 4).allowed());
        Decision refused = second.consume(bucket, 4, 4);
        assertFalse(refused.allowed());
        assertTrue(refused.retryAfterSeconds() >= 1);
    }

    @Test
    void twoInstancesTakingABusyBucketInBatchesNeverPassMoreThanItsQuota() {
        RateLimiter first = new RateLimiter(dataSource);
        RateLimiter second = new RateLimiter(dataSource);
        String bucket = "reads:busy-" + UUID.randomUUID();
        int quota = 1000;
        int allowed = 0;
        boolean firstRefused = false;
        boolean secondRefused = false;
        long start = System.nanoTime();
        for (int call = 0; !(firstRefused && secondRefused); call++) {
            assertTrue(call < 3 * quota, "both instances refuse calls once the quota is spent");
            boolean onFirst = call % 2 == 0;
            if (onFirst ? first.consume(bucket, quota, quota).allowed() : second.consume(bucket, quota, quota).allowed()) {
                allowed++;
            } else if (onFirst) {
                firstRefused = true;
            } else {
                secondRefused = true;
            }
        }
        // The bucket refills while the calls run, a token every 60 ms on a slow machine too.
        long refilled = quota * (System.nanoTime() - start) / Duration.ofMinutes(1).toNanos() + 1;
        // Each instance spends its batch before it is refused, so none of the quota is lost either.
        assertTrue(allowed >= quota && allowed <= quota + refilled, allowed + " calls let through, " + refilled + " refilled meanwhile");
    }

    @Test
    void anInstanceDecidesAloneWhileItHoldsABatchAndOnceTheBucketHasRefused() {
        RateLimiter limiter = new RateLimiter(dataSource);
        String bucket = "submissions:held-" + UUID.randomUUID();
        int quota = 1000;
        int burst = 20;

        assertNull(limiter.consumeHeld(bucket, quota, burst), "nothing held before the first batch");
        assertTrue(limiter.consume(bucket, quota, burst).allowed());
        // A batch is 1 % of the quota: the first call took 10 and used one.
        for (int call = 0; call < 9; call++) {
            Decision held = limiter.consumeHeld(bucket, quota, burst);
            assertNotNull(held, "call " + (call + 2) + " of the batch");
            assertTrue(held.allowed());
        }
        assertNull(limiter.consumeHeld(bucket, quota, burst), "the batch is used up");
        // The rest of the burst, and what refills meanwhile (one call every 60 ms), until the bucket refuses.
        for (int call = 0; limiter.consume(bucket, quota, burst).allowed(); call++) {
            assertTrue(call < 2 * burst, "the bucket refuses once its burst is used up");
        }
        Decision refusedHere = limiter.consumeHeld(bucket, quota, burst);
        assertNotNull(refusedHere, "a refused caller is refused again without asking the shared bucket");
        assertFalse(refusedHere.allowed());
        assertTrue(refusedHere.retryAfterSeconds() >= 1);
    }

    @Test
    void aBurstOfFiveOnAQuotaOf600PassesFiveCallsAtOnceThenOneAsTheBucketRefills() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(dataSource);
        String bucket = "submissions:burst-" + UUID.randomUUID();
        int quota = 600;
        int burst = 5;
        long start = System.nanoTime();
        int allowed = 0;
        Decision decision = limiter.consume(bucket, quota, burst);
        while (decision.allowed()) {
            allowed++;
            if (allowed <= burst) {
                assertEquals(quota, decision.limit());
                assertEquals(burst - allowed, decision.remaining(), "call " + allowed);
                // Five calls refill in half a second, not in the minute the quota takes.
                assertEquals(1, decision.resetSeconds(), "call " + allowed);
            }
            decision = limiter.consume(bucket, quota, burst);
        }
        // Exactly the burst, unless the calls took long enough for the bucket to give one back (0.1 s).
        long refilled = refilledSince(start, quota);
        assertTrue(allowed >= burst && allowed <= burst + refilled, allowed + " calls let through, " + refilled + " refilled meanwhile");
        assertEquals(quota, decision.limit());
        assertEquals(0, decision.remaining());
        assertTrue(decision.retryAfterSeconds() >= 1, "Retry-After " + decision.retryAfterSeconds());
        assertTrue(decision.resetSeconds() <= 1, "RateLimit-Reset " + decision.resetSeconds());

        Decision later = awaitAllowed(limiter, bucket, quota, burst);
        assertTrue(later.allowed(), "a call passes once the bucket has given one back");
    }

    @Test
    void twoInstancesSharingABucketWithABurstNeverPassMoreThanTheBurstAtOnce() {
        RateLimiter first = new RateLimiter(dataSource);
        RateLimiter second = new RateLimiter(dataSource);
        String bucket = "submissions:burst-shared-" + UUID.randomUUID();
        // Batches of 6 (1 % of the quota): both instances take some of the burst.
        int quota = 600;
        int burst = 20;
        int allowedOnFirst = 0;
        int allowedOnSecond = 0;
        boolean firstRefused = false;
        boolean secondRefused = false;
        long start = System.nanoTime();
        for (int call = 0; !(firstRefused && secondRefused); call++) {
            assertTrue(call < 10 * burst, "both instances refuse calls once the burst is spent");
            boolean onFirst = call % 2 == 0;
            if (onFirst ? first.consume(bucket, quota, burst).allowed() : second.consume(bucket, quota, burst).allowed()) {
                if (onFirst) {
                    allowedOnFirst++;
                } else {
                    allowedOnSecond++;
                }
            } else if (onFirst) {
                firstRefused = true;
            } else {
                secondRefused = true;
            }
        }
        long refilled = refilledSince(start, quota);
        int allowed = allowedOnFirst + allowedOnSecond;
        assertTrue(allowedOnFirst > 0 && allowedOnSecond > 0, allowedOnFirst + " and " + allowedOnSecond + " let through");
        assertTrue(allowed >= burst && allowed <= burst + refilled, allowed + " calls let through, " + refilled + " refilled meanwhile");
    }

    /** Asks every 20 ms, for at most 5 s, until a call passes; the last answer. */
    private static Decision awaitAllowed(RateLimiter limiter, String bucket, int quota, int burst) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Decision decision = limiter.consume(bucket, quota, burst);
        while (!decision.allowed() && System.nanoTime() - deadline < 0) {
            Thread.sleep(20);
            decision = limiter.consume(bucket, quota, burst);
        }
        return decision;
    }

    /** Calls a bucket of {@code quota} a minute has given back since {@code start}; it counts whole milliseconds. */
    private static long refilledSince(long start, int quota) {
        long elapsed = System.nanoTime() - start + TimeUnit.MILLISECONDS.toNanos(1);
        return quota * elapsed / Duration.ofMinutes(1).toNanos();
    }

    private static ValidatableResponse submit(String tenant) {
        return asTenant(tenant).contentType("application/json").body(Answers.platformBuilder())
                .post("/assessments").then();
    }
}
