package io.pathfinder.assessment.pipeline;

import static io.pathfinder.contracts.testing.PrometheusMetrics.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.assessment.support.Answers;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.assessment.support.KafkaTopics;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.pathfinder.postgres.SharedPostgres;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenants take turns on the real broker and database: a few events of one tenant produced behind
 * another tenant's backlog are scored in the first batch, not after the backlog. One consumer, so
 * that "the first batch" is one: the backlog is read ahead while the database is away, and scored
 * once it is back.
 */
@QuarkusTest
@TestProfile(TenantPacingTest.OneConsumer.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class TenantPacingTest {

    private static final int BACKLOG = 2_000;
    private static final int FEW = 10;
    /** pathfinder.scoring.batch.max-records, the default. */
    private static final int BATCH = 250;
    private static final Duration WAIT = Duration.ofSeconds(60);

    public static class OneConsumer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pathfinder.scoring.consumers", "1");
        }
    }

    @Inject
    DataSource dataSource;

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void aFewEventsBehindAnotherTenantsBacklogAreScoredBeforeTheBacklog() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> backlog = Stream.generate(UUID::randomUUID).limit(BACKLOG).toList();
        List<UUID> few = Stream.generate(UUID::randomUUID).limit(FEW).toList();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        backlog.forEach(id -> records.add(record(id, "pacing-flooder-" + suffix)));
        few.forEach(id -> records.add(record(id, "pacing-neighbour-" + suffix)));

        SharedPostgres.stop();
        try {
            KafkaTopics.produce(KafkaTopics.SUBMITTED, records);
            awaitHeld(BACKLOG + FEW);
        } finally {
            SharedPostgres.restart();
        }
        Set<String> keys = Stream.concat(backlog.stream(), few.stream()).map(UUID::toString).collect(Collectors.toSet());
        KafkaTopics.awaitRecords(KafkaTopics.SCORED, r -> keys.contains(r.key()), keys.size(), WAIT);

        Map<UUID, Instant> completed = completedAt(keys);
        assertEquals(keys.size(), completed.size(), "every assessment completed");
        Instant fewDone = few.stream().map(completed::get).max(Instant::compareTo).orElseThrow();
        long backlogAfter = backlog.stream().filter(id -> completed.get(id).isAfter(fewDone)).count();
        assertTrue(backlogAfter >= BACKLOG - BATCH,
                "the neighbour's events were all in the first batch, before " + backlogAfter + " of the backlog's "
                        + BACKLOG + " (at least " + (BACKLOG - BATCH) + " expected)");
    }

    /** Waits until the consumer holds the events: all read ahead, none stored while the database is away. */
    private static void awaitHeld(int events) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        double held = 0;
        while (Instant.now().isBefore(deadline)) {
            String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            held = total(metrics, "pathfinder_scoring_events_held");
            if (held >= events) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The consumer held " + held + " events, not " + events + ", within " + WAIT);
    }

    private Map<UUID, Instant> completedAt(Set<String> keys) throws SQLException {
        Map<UUID, Instant> completed = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id, completed_at FROM assessment WHERE id = ANY (?) AND completed_at IS NOT NULL")) {
            Array ids = connection.createArrayOf("uuid", keys.stream().map(UUID::fromString).toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    completed.put(rows.getObject(1, UUID.class), rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return completed;
    }

    private static ProducerRecord<String, String> record(UUID id, String tenant) {
        ProducerRecord<String, String> record = new ProducerRecord<>(KafkaTopics.SUBMITTED, id.toString(), event(id, tenant));
        record.headers().add("tenant", tenant.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String event(UUID id, String tenant) {
        var event = DefaultCatalog.JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("assessmentId", id.toString());
        event.put("tenant", tenant);
        event.put("submittedAt", OffsetDateTime.now().toString());
        event.set("answers", DefaultCatalog.JSON.valueToTree(Answers.platformBuilder()));
        return event.toString();
    }
}
