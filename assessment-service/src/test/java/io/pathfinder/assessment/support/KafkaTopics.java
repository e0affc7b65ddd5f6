package io.pathfinder.assessment.support;

import io.pathfinder.kafka.KafkaBrokerTestResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients on the test broker, as an HR platform would use them. */
public final class KafkaTopics {

    public static final String SUBMITTED = "pathfinder.questionnaire-submitted.v1";
    public static final String SCORED = "pathfinder.recommendations-scored.v1";
    public static final String DEAD_LETTER = "pathfinder.questionnaire-submitted.v1.dlq";
    public static final String CATALOG = "pathfinder.catalog-changed.v1";
    public static final String OUTCOMES = "pathfinder.outcome-recorded.v1";
    public static final String OUTCOMES_DEAD_LETTER = "pathfinder.outcome-recorded.v1.dlq";

    private KafkaTopics() {
    }

    private static String bootstrapServers() {
        return KafkaBrokerTestResource.sharedBootstrapServers();
    }

    public static void produce(String topic, List<ProducerRecord<String, String>> records) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    public static void produce(String topic, String key, String value) {
        produce(topic, List.of(new ProducerRecord<>(topic, key, value)));
    }

    /** Reads the topic from the beginning until a record matches, or fails after the timeout. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration timeout) {
        List<ConsumerRecord<String, String>> found = awaitRecords(topic, match, 1, timeout);
        return found.get(0);
    }

    public static List<ConsumerRecord<String, String>> awaitRecords(String topic,
            Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = fromTheBeginning(topic)) {
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        if (found.size() < count) {
            throw new AssertionError("Expected " + count + " matching record(s) on " + topic + " within " + timeout
                    + " but found " + found.size());
        }
        return found;
    }

    /** Counts the matching records on the whole topic, reading until it has been idle for a while. */
    public static int countRecords(String topic, Predicate<ConsumerRecord<String, String>> match, Duration idle) {
        int count = 0;
        try (KafkaConsumer<String, String> consumer = fromTheBeginning(topic)) {
            long idleSince = System.nanoTime();
            while (System.nanoTime() - idleSince < idle.toNanos()) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    idleSince = System.nanoTime();
                }
                for (ConsumerRecord<String, String> record : records) {
                    count += match.test(record) ? 1 : 0;
                }
            }
        }
        return count;
    }

    /** A consumer of every partition of the topic from its first record, without a group to join. */
    private static KafkaConsumer<String, String> fromTheBeginning(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new java.util.TreeMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
        return headers;
    }
}
