package io.pathfinder.catalog;

import static io.pathfinder.catalog.Api.adminToken;
import static io.pathfinder.catalog.Api.given;
import static io.pathfinder.problems.testing.ProblemChecks.assertFieldProblem;
import static io.pathfinder.problems.testing.ProblemChecks.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The O*NET sample (catalog-data's catalog/onet-29.2-sample.json), imported by the test configuration as catalogue
 * {@code onet} beside the curated one: 9 roles, 35 skills, 4 options, 10 paths.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class SecondCatalogTest {

    private static final String TOPIC = "pathfinder.catalog-changed.v1";
    private static final String STATISTICIANS = "onet-15-2041-00";

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void listsEveryCatalogueWithItsCountsAndTheAttributionItsSourcesAskFor() {
        given().when().get("/catalogs")
                .then().statusCode(200)
                .body("id", hasItem("curated"))
                .body("id", hasItem("onet"))
                .body("find { it.id == 'onet' }.counts.roles", equalTo(9))
                .body("find { it.id == 'onet' }.counts.skills", equalTo(35))
                .body("find { it.id == 'onet' }.counts.options", equalTo(4))
                .body("find { it.id == 'onet' }.counts.paths", equalTo(10))
                .body("find { it.id == 'onet' }.version", greaterThanOrEqualTo(1))
                .body("find { it.id == 'onet' }.sources[0].name", equalTo("O*NET 29.2 Database"))
                .body("find { it.id == 'onet' }.sources[0].attribution", containsString("used under the CC BY 4.0 licence"))
                .body("find { it.id == 'curated' }.counts.roles", greaterThanOrEqualTo(33));
    }

    @Test
    void readsNameTheirCatalogueAndTheCuratedOneIsTheDefault() {
        given().queryParam("catalog", "onet").queryParam("size", 100)
                .when().get("/roles")
                .then().statusCode(200)
                .header("X-Total-Count", "9")
                .header("Link", containsString("catalog=onet"))
                .body("items", hasSize(9))
                .body("items.slug", everyItem(startsWith("onet-")))
                .body("items.slug", hasItem(STATISTICIANS));
        given().queryParam("size", 100)
                .when().get("/roles")
                .then().statusCode(200)
                .body("items.slug", hasItem("data-scientist"))
                .body("items.slug", not(hasItem(startsWith("onet-"))));

        given().when().get("/roles/" + STATISTICIANS).then().statusCode(404);
        given().queryParam("catalog", "onet").when().get("/roles/" + STATISTICIANS)
                .then().statusCode(200)
                .body("title", equalTo("Statisticians"));
        given().queryParam("catalog", "onet").when().get("/roles/" + STATISTICIANS + "/paths")
                .then().statusCode(200)
                .body("to", hasItem("onet-15-1221-00"));
        given().queryParam("catalog", "onet").when().get("/options")
                .then().statusCode(200)
                .body("slug", hasItem("onet-related-same-preparation"));
        given().queryParam("catalog", "curated").when().get("/roles/data-scientist").then().statusCode(200);
    }

    @Test
    void theExportCarriesTheCataloguesSources() {
        given().queryParam("catalog", "onet").when().get("/catalog/export")
                .then().statusCode(200)
                .body("roles", hasSize(9))
                .body("paths", hasSize(10))
                .body("sources[0].licence", startsWith("CC BY 4.0"))
                .body("sources[0].attribution", containsString("O*NET is a trademark of USDOL/ETA"));
    }

    @Test
    void aWriteBumpsOnlyItsCataloguesVersionAndItsEventNamesTheCatalogue() throws Exception {
        long curatedBefore = version("curated");
        long onetBefore = version("onet");
        ExtractableResponse<Response> read = given().queryParam("catalog", "onet").when().get("/roles/" + STATISTICIANS)
                .then().statusCode(200).extract();
        Map<String, Object> role = new HashMap<>(read.jsonPath().getMap(""));
        role.put("summary", "Statisticians, as the O*NET sample describes them, with a summary a test changed.");

        given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .header("If-Match", read.header("ETag")).queryParam("catalog", "onet").body(role)
                .when().put("/roles/" + STATISTICIANS)
                .then().statusCode(200);

        assertEquals(onetBefore + 1, version("onet"));
        assertEquals(curatedBefore, version("curated"));
        JsonNode event = awaitRecord("onet:role:" + STATISTICIANS, record -> record.get("catalogVersion").asLong() == onetBefore + 1);
        assertEquals("onet", event.get("catalog").asText());
        assertEquals(STATISTICIANS, event.get("key").asText());
        assertEquals(9 + 35 + 4 + 10, event.get("entryCount").asLong());
        assertEquals("Statisticians, as the O*NET sample describes them, with a summary a test changed.",
                event.get("role").get("summary").asText());
    }

    @Test
    void aPathNamesRolesOfItsOwnCatalogueOnly() {
        Map<String, Object> path = Map.of("slug", "data-scientist-to-statisticians", "from", "data-scientist",
                "to", STATISTICIANS, "option", "onet-related-same-preparation", "effortMonths", 6, "risk", "low",
                "requiresNewCompany", false, "prerequisites", List.of("Practice"), "carryOverSkills", List.of(),
                "rationale", "Made by a test.");
        assertFieldProblem(given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .queryParam("catalog", "onet").body(path).post("/paths"), ProblemType.UNKNOWN_REFERENCES, "body.from");
        assertFieldProblem(given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .body(path).post("/paths"), ProblemType.UNKNOWN_REFERENCES, "body.to");
    }

    @Test
    void anUnknownCatalogueIsNotFoundForReadsAndWritesAlike() {
        assertProblem(given().queryParam("catalog", "no-such-catalogue").get("/roles"), ProblemType.NOT_FOUND)
                .body("detail", containsString("no-such-catalogue"));
        assertProblem(given().queryParam("catalog", "no-such-catalogue").get("/catalog/version"), ProblemType.NOT_FOUND);
        assertProblem(given().queryParam("catalog", "no-such-catalogue").get("/catalog/export"), ProblemType.NOT_FOUND);
        // Only an import creates a catalogue.
        assertProblem(given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON)
                .queryParam("catalog", "no-such-catalogue").body(CatalogWriteTest.skill("skill-of-nowhere"))
                .post("/skills"), ProblemType.NOT_FOUND)
                .body("detail", containsString("no-such-catalogue"));
        given().when().get("/catalogs").then().statusCode(200).body("id", not(hasItem("no-such-catalogue")));
    }

    private static long version(String catalog) {
        return given().queryParam("catalog", catalog).get("/catalog/version").jsonPath().getLong("version");
    }

    /** Reads the topic from the start until a record of the key passes the test (or 30 s have gone). */
    private JsonNode awaitRecord(String key, Predicate<JsonNode> test) throws Exception {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "catalog-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key()) && test.test(mapper.readTree(record.value()))) {
                        return mapper.readTree(record.value());
                    }
                }
            }
        }
        return fail("no matching record with key " + key + " within 30 s");
    }
}
