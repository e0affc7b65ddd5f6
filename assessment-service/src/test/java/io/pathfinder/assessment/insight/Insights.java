package io.pathfinder.assessment.insight;

import static io.pathfinder.assessment.support.Contract.asTenant;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** What the insight tests share: scored assessments, and waiting for what consumers make visible. */
final class Insights {

    private Insights() {
    }

    /** Submits the answers and waits until they are scored. */
    static String scored(String tenant, Map<String, Object> answers) {
        String id = asTenant(tenant).contentType("application/json").body(answers)
                .post("/assessments").then().statusCode(202).extract().path("id");
        asTenant(tenant).get("/assessments/" + id + "?waitSeconds=20").then().statusCode(200)
                .body("status", equalTo("SCORED"));
        return id;
    }

    /** Asks until the answer is the one expected, or fails with the last one after the timeout. */
    static <T> T eventually(Supplier<T> ask, T expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T answer = ask.get();
        while (!expected.equals(answer) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            answer = ask.get();
        }
        if (!expected.equals(answer)) {
            throw new AssertionError("Expected " + expected + " within " + timeout + " but the answer was " + answer);
        }
        return answer;
    }
}
