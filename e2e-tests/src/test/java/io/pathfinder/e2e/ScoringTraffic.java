package io.pathfinder.e2e;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.pathfinder.contracts.model.QuestionnaireSubmitted;
import io.pathfinder.examples.hrplatform.HrPlatformKafkaExample;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Questionnaire events as an HR platform produces them, and what a test or benchmark reads back:
 * the result and dead-letter topics, the assessments stored, the scoring group's lag.
 */
public final class ScoringTraffic {

    public static final String SUBMITTED = "pathfinder.questionnaire-submitted.v1";
    public static final String SCORED = "pathfinder.recommendations-scored.v1";
    public static final String DEAD_LETTER = "pathfinder.questionnaire-submitted.v1.dlq";
    public static final String SCORING_GROUP = "assessment-scoring";
    /** The group that materialises the cohort insight from the results. */
    public static final String COHORT_GROUP = "assessment-insight";

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final String bootstrapServers;
    private final String jdbcUrl;

    public ScoringTraffic(String bootstrapServers, String jdbcUrl) {
        this.bootstrapServers = bootstrapServers;
        this.jdbcUrl = jdbcUrl;
    }

    /** A valid questionnaire event for the assessment, keyed by its id, with the event-type and tenant headers. */
    public static ProducerRecord<String, String> questionnaire(UUID assessmentId, String tenant) {
        return record(assessmentId.toString(), json(new QuestionnaireSubmitted()
                .eventId(UUID.randomUUID())
                .assessmentId(assessmentId)
                .tenant(tenant)
                .submittedAt(OffsetDateTime.now(ZoneOffset.UTC))
                .answers(HrPlatformKafkaExample.sampleAnswers())), tenant);
    }

    public static ProducerRecord<String, String> record(String key, String value, String tenant) {
        ProducerRecord<String, String> record = new ProducerRecord<>(SUBMITTED, key, value);
        record.headers().add("event-type", "QuestionnaireSubmitted".getBytes(StandardCharsets.UTF_8));
        record.headers().add("tenant", tenant.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Produces the records, idempotently and acknowledged by the broker, and returns once all are. */
    public void produce(List<ProducerRecord<String, String>> records) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<Future<?>> sends = new ArrayList<>();
            records.forEach(record -> sends.add(producer.send(record)));
            for (Future<?> send : sends) {
                send.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not produce the questionnaire events", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The records the topic holds now whose key is one of those given, from its beginning to its end of this moment. */
    public List<ConsumerRecord<String, String>> readAll(String topic, Set<String> keys) {
        return readAll(topic, record -> keys.contains(record.key()));
    }

    /**
     * The records the topic holds now that are wanted, from its beginning to its end of this moment. Only those are
     * kept while reading: a results topic can hold more than a test's heap.
     */
    public List<ConsumerRecord<String, String>> readAll(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.test(record)) {
                        records.add(record);
                    }
                }
            }
            return records;
        }
    }

    /** How many of the tenant's assessments are stored, by status. */
    public Map<String, Integer> statuses(String tenant) {
        Map<String, Integer> statuses = new HashMap<>();
        query("SELECT status, count(*) FROM assessment.assessment WHERE tenant = ? GROUP BY status", tenant,
                row -> statuses.put(row.getString(1), row.getInt(2)));
        return statuses;
    }

    /** How many of the tenant's assessments the cohort insight holds (one row at most each: its key is the assessment). */
    public int inCohortInsight(String tenant) {
        int[] people = new int[1];
        query("SELECT count(*) FROM assessment.insight_person WHERE tenant = ?", tenant, row -> people[0] = row.getInt(1));
        return people[0];
    }

    /** When each of the tenant's assessments was completed, as stored. */
    public Map<UUID, Instant> completedAt(String tenant) {
        Map<UUID, Instant> completed = new HashMap<>();
        query("SELECT id, completed_at FROM assessment.assessment WHERE tenant = ? AND completed_at IS NOT NULL", tenant,
                row -> completed.put(row.getObject(1, UUID.class), row.getObject(2, OffsetDateTime.class).toInstant()));
        return completed;
    }

    /** Records of the questionnaire topic not yet committed by the scoring group, over all partitions. */
    public long scoringLag() {
        return lag(SCORING_GROUP, SUBMITTED);
    }

    /** Records of the topic not yet committed by the group, over all partitions. */
    public long lag(String group, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of group " + group, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the condition holds; fails with the description when it does not within the timeout. */
    public static void await(String description, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + timeout + ": " + description);
            }
            ServiceProcess.sleep(Duration.ofMillis(100));
        }
    }

    private interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    private void query(String sql, String parameter, RowHandler handler) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.accept(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not query the assessments", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
