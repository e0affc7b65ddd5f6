package io.pathfinder.catalog;

import static io.pathfinder.catalog.Api.adminToken;
import static io.pathfinder.catalog.Api.given;
import static io.pathfinder.contracts.testing.PrometheusMetrics.assertAtLeastOne;
import static io.pathfinder.contracts.testing.PrometheusMetrics.present;
import static io.pathfinder.contracts.testing.PrometheusMetrics.total;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** After a catalogue write, /q/metrics tells what happened: the request, the published and the consumed event, lag. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class MetricsTest {

    private static final String TOPIC = "pathfinder.catalog-changed.v1";

    @Test
    void aWriteAndItsEventShowInTheMetrics() throws InterruptedException {
        given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .body(CatalogWriteTest.skill("metered-" + UUID.randomUUID().toString().substring(0, 8)))
                .when().post("/skills")
                .then().statusCode(201);

        // The outbox relay publishes on its own schedule, and this instance consumes its own event after that:
        // its view has had the change since the write answered, so the event is not newer.
        String metrics = awaitMetrics("pathfinder_events_consumed_total", "topic=\"" + TOPIC + "\"", "outcome=\"stale\"");

        assertAtLeastOne(metrics, "http_server_requests_seconds_count", "method=\"POST\"", "uri=\"/skills\"");
        assertAtLeastOne(metrics, "pathfinder_events_produced_total", "topic=\"" + TOPIC + "\"");
        assertTrue(present(metrics, "kafka_consumer_fetch_manager_records_lag_max",
                "client_id=\"kafka-consumer-catalog-changed\""),
                "the catalog-changed consumer's lag is measured:\n" + metrics);
    }

    private static String awaitMetrics(String name, String... labels) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String metrics = "";
        while (System.nanoTime() < deadline) {
            metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            if (total(metrics, name, labels) >= 1) {
                return metrics;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " " + Arrays.toString(labels) + " never reached 1 in:\n" + metrics);
    }
}
