package io.pathfinder.catalog;

import static io.pathfinder.catalog.Api.adminToken;
import static io.pathfinder.catalog.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.catalog.entry.CatalogVersionEntity;
import io.pathfinder.catalog.entry.EntryWrites;
import io.pathfinder.catalog.skill.SkillEntries;
import io.pathfinder.contracts.catalog.CatalogIds;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.SkillCategory;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.outbox.Outbox;
import io.pathfinder.outbox.OutboxMessage;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class CatalogEventsTest {

    private static final String TOPIC = "pathfinder.catalog-changed.v1";

    @Inject
    EntryWrites writes;

    @Inject
    SkillEntries skills;

    @Inject
    ObjectMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aCommittedWriteIsPublished() throws Exception {
        given().header("Authorization", "Bearer " + adminToken()).contentType(ContentType.JSON).body(CatalogWriteTest.skill("event-skill"))
                .when().post("/skills")
                .then().statusCode(201);
        long version = given().get("/catalog/version").jsonPath().getLong("version");

        JsonNode event = mapper.readTree(readUntil("curated:skill:event-skill").get("curated:skill:event-skill"));
        assertEquals("curated", event.get("catalog").asText());
        assertEquals("skill", event.get("entityType").asText());
        assertEquals("event-skill", event.get("key").asText());
        assertEquals("upserted", event.get("change").asText());
        assertEquals("Skill event-skill", event.get("skill").get("name").asText());
        assertEquals(version, event.get("catalogVersion").asLong());
    }

    @Test
    void theImportedCatalogueIsOnTheTopic() {
        Map<String, String> records = readUntil("curated:path:data-scientist-to-senior-data-scientist");
        assertTrue(records.containsKey("curated:role:data-scientist"));
        assertTrue(records.containsKey("curated:option:lateral-leadership"));
        assertTrue(records.containsKey("curated:skill:python"));
    }

    @Test
    void aRolledBackWriteIsNotPublished() {
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            writes.create(CatalogIds.CURATED, skills, skill("rolled-back-skill"));
            QuarkusTransaction.setRollbackOnly();
        }));
        // A later committed write: once its event is on the topic, the rolled-back one would be before it.
        writes.create(CatalogIds.CURATED, skills, skill("after-rollback-skill"));

        Map<String, String> records = readUntil("curated:skill:after-rollback-skill");
        assertFalse(records.containsKey("curated:skill:rolled-back-skill"));
        given().when().get("/skills/rolled-back-skill").then().statusCode(404);
    }

    @Test
    void theViewFollowsChangesMadeByAnotherInstance() throws InterruptedException {
        // A write in the caller's transaction leaves this instance's view as a write on another instance would.
        QuarkusTransaction.requiringNew().run(() -> writes.create(CatalogIds.CURATED, skills, skill("remote-skill")));
        assertEquals(200, awaitStatus("/skills/remote-skill", 200));
    }

    @Test
    void aChangeOnlyAnotherInstancePublishesReachesTheView() throws Exception {
        // Following the topic, with the views reloaded since its position was fixed: nothing reloads them now
        // but a record.
        assertFollowing();
        // Committed as another instance commits a change, but without this instance's outbox record of it.
        long version = QuarkusTransaction.requiringNew().call(() -> {
            writes.create(CatalogIds.CURATED, skills, skill("published-elsewhere"));
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement unpublish = connection.prepareStatement("DELETE FROM outbox WHERE record_key = ?")) {
                unpublish.setString(1, "curated:skill:published-elsewhere");
                assertEquals(1, unpublish.executeUpdate());
            }
            return CatalogVersionEntity.of(CatalogIds.CURATED).version;
        });
        assertEquals(404, given().when().get("/skills/published-elsewhere").statusCode());

        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "curated:skill:published-elsewhere",
                    "{\"catalog\":\"curated\",\"catalogVersion\":" + version + "}")).get(20, TimeUnit.SECONDS);
        }
        assertEquals(200, awaitStatus("/skills/published-elsewhere", 200));
    }

    @Test
    void theInstanceFollowsTheTopicInNoConsumerGroup() throws Exception {
        assertFollowing();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            assertEquals(List.of(), admin.listGroups().all().get(20, TimeUnit.SECONDS).stream()
                    .map(GroupListing::groupId).filter(group -> group.startsWith("catalog-service")).toList());
        }
    }

    private static void assertFollowing() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'catalog-changed consumer' }.status", equalTo("UP"));
    }

    @Test
    void aTombstoneOrAForeignRecordDoesNotStopTheViewFollowing() throws InterruptedException {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "test:tombstone", null));
            producer.send(new ProducerRecord<>(TOPIC, "test:not-json", "not json"));
            producer.flush();
        }
        QuarkusTransaction.requiringNew().run(() -> writes.create(CatalogIds.CURATED, skills, skill("after-tombstone")));
        assertEquals(200, awaitStatus("/skills/after-tombstone", 200));
    }

    @Test
    void aWriterThatReadTheVersionBeforeAnotherCommittedStillTakesTheNextOne() throws Exception {
        long before = currentVersion();
        CountDownLatch versionRead = new CountDownLatch(1);
        CountDownLatch otherCommitted = new CountDownLatch(1);
        ExecutorService writers = Executors.newSingleThreadExecutor();
        try {
            Future<?> late = writers.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                CatalogVersionEntity.of(CatalogIds.CURATED);
                versionRead.countDown();
                awaitQuietly(otherCommitted);
                writes.create(CatalogIds.CURATED, skills, skill("late-version-skill"));
            }));
            assertTrue(versionRead.await(20, TimeUnit.SECONDS));
            QuarkusTransaction.requiringNew().run(() -> writes.create(CatalogIds.CURATED, skills, skill("early-version-skill")));
            otherCommitted.countDown();
            late.get(20, TimeUnit.SECONDS);
        } finally {
            otherCommitted.countDown();
            writers.shutdown();
        }
        // A version taken from the row as first read would repeat the other writer's, and set the row back.
        assertEquals(before + 2, currentVersion());
    }

    private static long currentVersion() {
        return QuarkusTransaction.requiringNew().call(() -> CatalogVersionEntity.of(CatalogIds.CURATED).version);
    }

    @Test
    void aSecondWriterOfAKeyWaitsForTheFirstToEndSoTheKeysRecordsGoOutInCommitOrder() throws Exception {
        String topic = "outbox-order-test";
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = writers.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.append(new OutboxMessage(topic, "entry", "first", Map.of()));
                firstAppended.countDown();
                awaitQuietly(firstMayCommit);
            }));
            assertTrue(firstAppended.await(20, TimeUnit.SECONDS));
            Future<?> second = writers.submit(() -> QuarkusTransaction.requiringNew().run(
                    () -> outbox.append(new OutboxMessage(topic, "entry", "second", Map.of()))));
            // Another key does not wait for the first writer.
            QuarkusTransaction.requiringNew().run(() -> outbox.append(new OutboxMessage(topic, "other", "other", Map.of())));

            assertTrue(awaitWriterWaitingForAKey(), "the second writer of the key waits for the first");
            assertFalse(second.isDone());
            firstMayCommit.countDown();
            first.get(20, TimeUnit.SECONDS);
            second.get(20, TimeUnit.SECONDS);
        } finally {
            firstMayCommit.countDown();
            writers.shutdown();
        }
        assertEquals(List.of("first", "second"), valuesOf(topic, "entry", 2));
    }

    private boolean awaitWriterWaitingForAKey() throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement waiting = connection.prepareStatement(
                     "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet result = waiting.executeQuery()) {
                    if (result.next() && result.getInt(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(50);
            }
        }
        return false;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The values of one key, in topic order, once there are as many as expected (or after 30 s). */
    private List<String> valuesOf(String topic, String key, int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "catalog-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (values.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        values.add(record.value());
                    }
                }
            }
        }
        return values;
    }

    private static int awaitStatus(String path, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        int status = given().when().get(path).statusCode();
        while (status != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = given().when().get(path).statusCode();
        }
        return status;
    }

    private static Skill skill(String slug) {
        return new Skill(slug, "Skill " + slug, SkillCategory.TECHNICAL, "A skill made by a test.", 1.0);
    }

    /** Reads the topic from the start, as a late consumer would, until the key appears; latest value per key. */
    private Map<String, String> readUntil(String key) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "catalog-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, String> records = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plusSeconds(30);
            while (!records.containsKey(key) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.put(record.key(), record.value());
                }
            }
        }
        assertTrue(records.containsKey(key), "no record with key " + key + " within 30 s");
        return records;
    }
}
