package io.pathfinder.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    private static final String CATALOG_CHANGED = "pathfinder.catalog-changed.v1";
    private static final String QUESTIONNAIRE_SUBMITTED = "pathfinder.questionnaire-submitted.v1";

    private record Message(String key, String value) {
    }

    @TempDir
    Path dataDirectory;

    @Test
    void createsTheContractTopicsAsTheContractDeclaresThem() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(0, dataDirectory);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            ContractTopics.createOn(broker.bootstrapServers());

            ConfigResource catalogChanged = new ConfigResource(ConfigResource.Type.TOPIC, CATALOG_CHANGED);
            Config catalogChangedConfig = admin.describeConfigs(List.of(catalogChanged)).all().get().get(catalogChanged);
            assertEquals("compact", catalogChangedConfig.get("cleanup.policy").value());

            int questionnairePartitions = admin.describeTopics(List.of(QUESTIONNAIRE_SUBMITTED))
                    .allTopicNames().get().get(QUESTIONNAIRE_SUBMITTED).partitions().size();
            assertEquals(declaredPartitions(QUESTIONNAIRE_SUBMITTED), Optional.of(questionnairePartitions));
        }
    }

    @Test
    void keepsItsRecordsWhenRestartedOnTheSameDataDirectory() {
        Message change = new Message("role:mlops-engineer", "{\"changeType\":\"UPSERT\"}");

        try (KafkaBroker broker = KafkaBroker.start(0, dataDirectory)) {
            ContractTopics.createOn(broker.bootstrapServers());
            produce(broker, CATALOG_CHANGED, change);
            assertEquals(List.of(change), readFromTheBeginning(broker, CATALOG_CHANGED, 1));
        }

        try (KafkaBroker restarted = KafkaBroker.start(0, dataDirectory)) {
            ContractTopics.createOn(restarted.bootstrapServers());
            assertEquals(List.of(change), readFromTheBeginning(restarted, CATALOG_CHANGED, 1));
        }
    }

    private static Optional<Integer> declaredPartitions(String topic) {
        return ContractTopics.declared().stream()
                .filter(declared -> declared.name().equals(topic))
                .findFirst()
                .flatMap(ContractTopics.Topic::partitions);
    }

    private static void produce(KafkaBroker broker, String topic, Message message) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, message.key(), message.value())).get();
        } catch (Exception e) {
            throw new AssertionError("Could not produce to " + topic, e);
        }
    }

    /** Reads as a service's consumer group does, so the group coordinator is exercised too. */
    private static List<Message> readFromTheBeginning(KafkaBroker broker, String topic, int expected) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "kafka-broker-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // Without committed offsets, every read starts from the beginning again.
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Message> messages = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (messages.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> messages.add(new Message(record.key(), record.value())));
            }
        }
        return messages;
    }
}
