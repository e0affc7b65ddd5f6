package io.pathfinder.assessment.insight;

import static io.pathfinder.assessment.insight.Insights.eventually;
import static io.pathfinder.assessment.insight.Insights.scored;
import static io.pathfinder.assessment.support.Contract.asTenant;
import static io.pathfinder.assessment.support.Contract.asTenantInGroup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cohort insight, materialised from the published results: k-anonymous (no count stands for fewer than 5
 * people, not even as the difference of two answers) and the tenant's own.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class CohortInsightTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    private static JsonPath cohort(String tenant, String query) {
        return asTenantInGroup(tenant, "hr-analyst").get("/insights/cohort" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<String> scoredMany(String tenant, Map<String, Object> answers, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(scored(tenant, answers));
        }
        return ids;
    }

    @Test
    void noCountStandsForFewerThanFivePeopleNotEvenByDifference() throws InterruptedException {
        String tenant = "cohort-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> scientists = scoredMany(tenant, Answers.platformBuilder(), 5); // current role data-scientist
        scoredMany(tenant, Answers.analystHeadingForMlops(), 4); // current role data-analyst
        // The four analysts' cells are too small: they count nowhere, so all roles minus data scientists is 0.
        eventually(() -> cohort(tenant, "").getLong("people"), 5L, TIMEOUT);
        JsonPath all = cohort(tenant, "");
        JsonPath scientistsOnly = cohort(tenant, "?currentRole=data-scientist");
        assertEquals(all.getMap(""), withoutCurrentRole(scientistsOnly.getMap("")),
                "with the analysts' cells suppressed, every count of all roles is the data scientists' count");
        assertEquals(0L, cohort(tenant, "?currentRole=data-analyst").getLong("people"));
        assertEquals(List.of(), cohort(tenant, "?currentRole=data-analyst").getList("topOptions"));

        String topRole = asTenant(tenant).get("/assessments/" + scientists.get(0)).then().extract()
                .path("result.recommendations[0].targetRole");
        assertEquals(List.of(Map.of("key", topRole, "people", 5)), all.getList("topTargetRoles"));
        assertEquals(5, all.getInt("topOptions[0].people"));
        assertEquals(1, all.getList("scoreDistribution").size(), "five identical answers, one band");
        assertTrue(all.getList("skillGaps").size() > 0, "the top move's skill gaps are counted");
        assertEquals(Map.of("available", 5), all.getMap("internalMove"));

        // A fifth analyst makes their cell big enough to show.
        scoredMany(tenant, Answers.analystHeadingForMlops(), 1);
        eventually(() -> cohort(tenant, "").getLong("people"), 10L, TIMEOUT);
        assertEquals(5L, cohort(tenant, "?currentRole=data-analyst").getLong("people"));

        // Erasing one data scientist takes their cell under 5: it disappears rather than show 4.
        asTenant(tenant).delete("/assessments/" + scientists.get(0)).then().statusCode(204);
        assertEquals(5L, cohort(tenant, "").getLong("people"));
        assertEquals(0L, cohort(tenant, "?currentRole=data-scientist").getLong("people"));
    }

    /**
     * Available or not splits people in two: showing 5 of 7 as available would give the 2 others away as unavailable,
     * so a cell shows neither side unless both are empty or at least 5. Skill gaps (had or not) go the same way.
     */
    @Test
    void aTwoSidedCountHidesBothSidesWhenEitherIsSmall() throws InterruptedException {
        String tenant = "sides-" + UUID.randomUUID().toString().substring(0, 8);
        scoredMany(tenant, Answers.platformBuilder(), 5);
        Map<String, Object> noInternalMove = Answers.platformBuilder();
        @SuppressWarnings("unchecked")
        Map<String, Object> constraints = (Map<String, Object>) noInternalMove.get("constraints");
        constraints.put("internalMoveAvailable", false);
        scoredMany(tenant, noInternalMove, 2);

        eventually(() -> cohort(tenant, "").getLong("people"), 7L, TIMEOUT);
        JsonPath insight = cohort(tenant, "");
        assertEquals(Map.of(), insight.getMap("internalMove"));
        for (Map<String, Object> gap : insight.<Map<String, Object>>getList("skillGaps")) {
            assertEquals(7, gap.get("people"), "a gap of 5 or 6 of the 7 would give the others away: " + gap);
        }
    }

    @Test
    void windowsAreWholeWeeksSoTheyDifferOnlyByWholeCells() {
        String tenant = "weeks-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath insight = cohort(tenant, "?from=2026-11-04T13:00:00Z&to=2026-11-18T09:30:00Z");
        assertEquals("2026-11-02T00:00:00Z", insight.getString("from"), "widened back to the Monday");
        assertEquals("2026-11-23T00:00:00Z", insight.getString("to"), "widened on to the next Monday");
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertEquals(monday.plusWeeks(1) + "T00:00:00Z", cohort(tenant, "").getString("to"));
        asTenantInGroup(tenant, "hr-analyst").get("/insights/cohort?from=2024-01-01T00:00:00Z&to=2026-11-01T00:00:00Z")
                .then().statusCode(400);
    }

    @Test
    void anotherTenantsPeopleNeverAppear() throws InterruptedException {
        String tenant = "mine-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "theirs-" + UUID.randomUUID().toString().substring(0, 8);
        scoredMany(other, Answers.platformBuilder(), 6);
        scoredMany(tenant, Answers.analystHeadingForMlops(), 5);
        eventually(() -> cohort(other, "").getLong("people"), 6L, TIMEOUT);
        eventually(() -> cohort(tenant, "").getLong("people"), 5L, TIMEOUT);
        assertEquals(0L, cohort(tenant, "?currentRole=data-scientist").getLong("people"));
        assertEquals(0L, cohort(other, "?currentRole=data-analyst").getLong("people"));
    }

    /** Prints the time from results' publication to their place in the insight, as the metric has it. */
    @Test
    void theTimeFromResultToInsightIsMeasured() throws InterruptedException {
        String tenant = "latency-" + UUID.randomUUID().toString().substring(0, 8);
        scoredMany(tenant, Answers.platformBuilder(), 20);
        eventually(() -> cohort(tenant, "").getLong("people"), 20L, TIMEOUT);
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        double count = metric(metrics, "pathfinder_insight_visible_seconds_count");
        double sum = metric(metrics, "pathfinder_insight_visible_seconds_sum");
        assertTrue(count >= 20, "every result made visible is timed");
        System.out.printf("Result published -> visible in the cohort insight: %.0f results, mean %.1f ms, max %.1f ms%n",
                count, sum / count * 1000, metric(metrics, "pathfinder_insight_visible_seconds_max") * 1000);
    }

    private static double metric(String prometheus, String name) {
        return prometheus.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + name));
    }

    private static Map<String, Object> withoutCurrentRole(Map<String, Object> insight) {
        Map<String, Object> copy = new java.util.HashMap<>(insight);
        copy.remove("currentRole");
        return copy;
    }
}
