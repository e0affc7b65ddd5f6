package io.pathfinder.assessment.results;

import static io.pathfinder.assessment.support.Contract.asTenant;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pathfinder.assessment.store.CompletionChannel;
import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.Contract;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.assessment.support.KafkaTopics;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Long polling: a waiting read is answered when its assessment completes, here or on another
 * instance (a row completed and announced through a connection of its own), and when its time runs out.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class LongPollTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    DataSource dataSource;

    @Inject
    ResultWaiters waiters;

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void aWaitingReadIsAnsweredWhenItsAssessmentIsScored() throws Exception {
        UUID id = pending("scored-while-waiting");
        CompletableFuture<HttpResponse<String>> waiting = awaitAssessment("scored-while-waiting", id);
        awaitWaiters(count -> count == 1);
        asTenant("someone-else").get("/assessments/" + id + "?waitSeconds=30").then().statusCode(404);

        KafkaTopics.produce(KafkaTopics.SUBMITTED, id.toString(), submitted(id, "scored-while-waiting").toString());

        HttpResponse<String> answer = waiting.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertEquals("SCORED", DefaultCatalog.JSON.readTree(answer.body()).path("status").asText());
        assertEquals(0, waiters.count());
    }

    @Test
    void aCompletionAnnouncedByAnotherInstanceWakesTheWaitingRead() throws Exception {
        UUID id = pending("elsewhere");
        CompletableFuture<HttpResponse<String>> waiting = awaitAssessment("elsewhere", id);
        awaitWaiters(count -> count == 1);

        completeElsewhere(id, "scored on another instance");

        HttpResponse<String> answer = waiting.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        JsonNode assessment = DefaultCatalog.JSON.readTree(answer.body());
        assertEquals("FAILED", assessment.path("status").asText());
        assertEquals("scored on another instance", assessment.path("failure").asText());
    }

    @Test
    void aWaitThatRunsOutAnswersPending() {
        UUID id = pending("patient");
        asTenant("patient").get("/assessments/" + id + "?waitSeconds=1").then().statusCode(200)
                .body("status", equalTo("PENDING"));
        assertEquals(0, waiters.count());
    }

    /** An assessment whose event never reaches the scoring consumer: it stays pending until a test completes it. */
    private UUID pending(String tenant) {
        UUID id = UUID.randomUUID();
        execute("""
                INSERT INTO assessment (id, tenant, answers_hash, status, questionnaire_version, answers, submitted_at)
                VALUES (?, ?, repeat('0', 64), 'PENDING', '1', '{}', now())""", id, tenant);
        return id;
    }

    /** What another instance does: completes the row and announces it, in one transaction of its own. */
    private void completeElsewhere(UUID id, String failure) {
        execute("""
                WITH completed AS (
                    UPDATE assessment SET status = 'FAILED', failure = ?, completed_at = now() WHERE id = ? RETURNING id)
                SELECT pg_notify(?, id::text) FROM completed""", failure, id, CompletionChannel.NAME);
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<HttpResponse<String>> awaitAssessment(String tenant, UUID id) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/assessments/" + id + "?waitSeconds=30"))
                .header("Authorization", "Bearer " + Contract.token(tenant))
                .timeout(Duration.ofSeconds(60))
                .build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private void awaitWaiters(IntPredicate expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!expected.test(waiters.count())) {
            assertTrue(System.nanoTime() < deadline, "waiting reads on this instance: " + waiters.count());
            Thread.sleep(20);
        }
    }

    private static ObjectNode submitted(UUID id, String tenant) {
        ObjectNode event = DefaultCatalog.JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("assessmentId", id.toString());
        event.put("tenant", tenant);
        event.put("submittedAt", OffsetDateTime.now().toString());
        event.set("answers", DefaultCatalog.JSON.valueToTree(Answers.platformBuilder()));
        return event;
    }
}
