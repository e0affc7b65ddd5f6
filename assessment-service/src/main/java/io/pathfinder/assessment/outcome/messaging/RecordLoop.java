package io.pathfinder.assessment.outcome.messaging;

import io.pathfinder.assessment.pipeline.Failures;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * A consumer of one topic on a thread of its own that handles records one at a time and commits a poll's
 * offsets once all its records are handled, so a crash replays them: handlers must be idempotent. A
 * dependency away (see {@link Failures#isTransient}) pauses it with a backoff that doubles up to a bound and
 * never gives a record up; any other failure is tried {@code attempts} times, then the record is handed to
 * {@code giveUp}, so that no record holds up its partition for longer.
 */
public final class RecordLoop {

    private static final Logger LOG = Logger.getLogger(RecordLoop.class);
    private static final int MAX_POLL_RECORDS = 50;

    /** How the loop retries: tries of a record that fails for no known reason, first and longest pause. */
    public record Retry(int attempts, Duration firstPause, Duration maxPause) {
    }

    private final String topic;
    private final Map<String, Object> consumerConfig;
    private final Retry retry;
    private final Consumer<ConsumerRecord<String, byte[]>> handler;
    private final BiConsumer<ConsumerRecord<String, byte[]>, RuntimeException> giveUp;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    /** @param kafkaConfig every {@code kafka.*} setting of the service, so TLS and SASL reach this consumer too */
    public RecordLoop(String clientId, String group, String topic, Map<String, Object> kafkaConfig, Retry retry,
            Consumer<ConsumerRecord<String, byte[]>> handler,
            BiConsumer<ConsumerRecord<String, byte[]>, RuntimeException> giveUp) {
        this.topic = topic;
        this.retry = retry;
        this.handler = handler;
        this.giveUp = giveUp;
        this.consumerConfig = new HashMap<>(kafkaConfig);
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        // A poll's records are all in memory until they are handled: the client's 500 results of tens of kilobytes
        // each took 40 MB of the heap.
        consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // Values stay bytes: parsed from them, and dead-lettered exactly as they came.
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.thread = new Thread(this::run, clientId);
    }

    public void start() {
        thread.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.interrupt();
        thread.join(Duration.ofSeconds(30).toMillis());
    }

    private void run() {
        KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig);
        consumer = kafka;
        try {
            kafka.subscribe(List.of(topic));
            Duration pause = retry.firstPause();
            while (running) {
                try {
                    var records = kafka.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, byte[]> record : records) {
                        handle(record);
                    }
                    if (!records.isEmpty()) {
                        commit(kafka);
                    }
                    pause = retry.firstPause();
                } catch (RuntimeException e) {
                    if (!Failures.isTransient(e)) {
                        throw e;
                    }
                    // The broker is away: what was handled and not committed comes again, and handling is idempotent.
                    LOG.warnf("The consumer of %s waits %s for the broker (%s)", topic, pause, e);
                    Thread.sleep(pause.toMillis());
                    pause = longer(pause);
                }
            }
        } catch (WakeupException | InterruptedException stopping) {
            // shutdown requested
        } catch (RuntimeException e) {
            LOG.errorf(e, "The consumer of %s stopped", topic);
        } finally {
            // Stopping may have interrupted a pause; the consumer leaves its group properly all the same.
            Thread.interrupted();
            kafka.close(Duration.ofSeconds(5));
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        Duration pause = retry.firstPause();
        int failures = 0;
        RuntimeException lastFailure = null;
        while (running) {
            try {
                if (failures < retry.attempts()) {
                    handler.accept(record);
                } else {
                    giveUp.accept(record, lastFailure);
                }
                return;
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    failures++;
                    lastFailure = e;
                }
                LOG.warnf("Handling the record %s-%d@%d failed (%s); trying again in %s", record.topic(),
                        record.partition(), record.offset(), e, pause);
                Thread.sleep(pause.toMillis());
                pause = longer(pause);
            }
        }
        throw new InterruptedException("stopping");
    }

    private void commit(KafkaConsumer<String, byte[]> kafka) {
        try {
            kafka.commitSync();
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // The partitions went to another consumer, which reads from the last commit: handling is idempotent.
            LOG.infof("Offsets of %s not committed, partitions reassigned: %s", topic, e.getMessage());
        }
    }

    private Duration longer(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(retry.maxPause()) > 0 ? retry.maxPause() : doubled;
    }
}
