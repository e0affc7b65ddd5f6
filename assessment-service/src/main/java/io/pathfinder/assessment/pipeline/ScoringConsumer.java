package io.pathfinder.assessment.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.pathfinder.assessment.config.ScoringConfig;
import io.pathfinder.assessment.config.TopicsConfig;
import io.pathfinder.assessment.observability.PipelineMetrics.DeadLetterReason;
import io.pathfinder.assessment.observability.PipelineMetrics.RetryCause;
import io.pathfinder.assessment.observability.PipelineMetrics;
import io.pathfinder.assessment.pipeline.ScoringEvents.Decoded;
import io.pathfinder.assessment.pipeline.ScoringPipeline.Erased;
import io.pathfinder.assessment.pipeline.ScoringPipeline.Outcome;
import io.pathfinder.assessment.pipeline.ScoringPipeline.Rejected;
import io.pathfinder.assessment.pipeline.ScoringPipeline.Scored;
import io.pathfinder.assessment.pipeline.ScoringPipeline.Waiting;
import io.pathfinder.outbox.ReliableProducer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * The scoring consumer: reads questionnaire-submitted events ahead, has them scored and stored in
 * batches in which the tenants take turns ({@link TenantPacer}), publishes the results and the dead
 * letters, and only then commits the offsets, each partition's up to its first event not finished.
 * A crash anywhere before the commit replays those events, and replaying is harmless: a stored result
 * is republished unchanged.
 *
 * <p>Failures by class:
 * <ul>
 * <li>malformed or unscorable events go to the dead-letter topic at once, with the reason;</li>
 * <li>events of an erased assessment are skipped: counted and logged, neither scored nor dead-lettered;</li>
 * <li>a dependency away (database, broker) pauses the consumer with a backoff that doubles up to a bound, then
 *     the batch is tried again: nothing is dead-lettered for it;</li>
 * <li>events of a tenant whose catalogue this service does not hold yet are set aside for {@link #CATALOG_WAIT}
 *     and then tried again, while the other tenants' events go on: neither dead-lettered nor committed past;</li>
 * <li>anything else isolates the event that fails by scoring the batch one event at a time; that
 *     event is tried up to {@code pathfinder.scoring.attempts} times, then dead-lettered as
 *     exhausted with the exception, and its assessment marked FAILED, so it never holds up its
 *     partition for longer.</li>
 * </ul>
 */
@ApplicationScoped
public class ScoringConsumer {

    private static final Logger LOG = Logger.getLogger(ScoringConsumer.class);
    private static final String CLIENT_ID = "scoring-consumer";
    /** How long events wait for their tenant's catalogue before they are tried again. */
    static final Duration CATALOG_WAIT = Duration.ofSeconds(1);
    private static final TextMapGetter<ConsumerRecord<String, byte[]>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, byte[]> record) {
            return StreamSupport.stream(record.headers().spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(ConsumerRecord<String, byte[]> record, String name) {
            Header header = record == null ? null : record.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final ScoringPipeline pipeline;
    private final ScoringEvents events;
    private final ScoringConfig config;
    private final TopicsConfig topics;
    private final PipelineMetrics metrics;
    private final MeterRegistry registry;
    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final Map<String, Object> kafkaConfig;
    private final List<Worker> workers = new ArrayList<>();
    private volatile boolean running = true;
    /** Shared by the workers (a Kafka producer is thread-safe); replaced when it fails for good. */
    private volatile KafkaProducer<String, byte[]> producer;

    private record Position(TopicPartition partition, long offset) {
        static Position of(ConsumerRecord<?, ?> record) {
            return new Position(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
    }

    public ScoringConsumer(ScoringPipeline pipeline, ScoringEvents events, ScoringConfig config, TopicsConfig topics,
            PipelineMetrics metrics, MeterRegistry registry, OpenTelemetry openTelemetry,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.pipeline = pipeline;
        this.events = events;
        this.config = config;
        this.topics = topics;
        this.metrics = metrics;
        this.registry = registry;
        this.tracer = openTelemetry.getTracer(ScoringConsumer.class.getName());
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.kafkaConfig = kafkaConfig;
    }

    void start(@Observes StartupEvent event) {
        producer = ReliableProducer.create(kafkaConfig, config.group() + "-producer");
        for (int i = 1; i <= config.consumers(); i++) {
            Worker worker = new Worker(CLIENT_ID + "-" + i);
            workers.add(worker);
            worker.thread.start();
        }
        metrics.scoringEventsHeld(() -> workers.stream().mapToInt(worker -> worker.held).sum());
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        workers.forEach(Worker::wakeUp);
        for (Worker worker : workers) {
            worker.thread.join(Duration.ofSeconds(30).toMillis());
        }
        producer.close(Duration.ofSeconds(5));
    }

    /**
     * One consumer of the group, on a thread of its own: an instance runs several, so that one scores
     * while another waits for the database or the broker. Each has partitions of its own, and reads
     * them ahead into a {@link TenantPacer}, whose batches give every tenant with events waiting a turn.
     */
    private final class Worker {

        private final String clientId;
        private final Thread thread;
        /** Failed tries of events that failed for no known reason, by position; cleared once they are done. */
        private final Map<Position, Integer> attempts = new HashMap<>();
        private final TenantPacer pacer = new TenantPacer(config.readAhead());
        /** The offsets last committed, so that only progress is committed. */
        private final Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
        private final Backoff backoff = new Backoff(config.retryBackoff(), config.maxRetryBackoff());
        private volatile KafkaConsumer<String, byte[]> consumer;
        /** The pacer's unfinished events, for the gauge, which is read on another thread. */
        private volatile int held;

        Worker(String clientId) {
            this.clientId = clientId;
            this.thread = new Thread(this::run, clientId);
        }

        void wakeUp() {
            KafkaConsumer<String, byte[]> current = consumer;
            if (current != null) {
                current.wakeup();
            }
        }

        private void run() {
            KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig(clientId));
            try (KafkaClientMetrics consumerMetrics = new KafkaClientMetrics(kafka)) {
                consumer = kafka;
                consumerMetrics.bindTo(registry);
                kafka.subscribe(List.of(topics.questionnaireSubmitted()), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        // The next owner reads them from the last commit: what was read ahead is read again there.
                        attempts.keySet().removeIf(position -> partitions.contains(position.partition()));
                        pacer.forget(partitions);
                        committed.keySet().removeAll(partitions);
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        LOG.infof("%s scores partitions %s", clientId, partitions);
                    }
                });
                while (running) {
                    readAhead(kafka);
                    List<ConsumerRecord<String, byte[]>> batch = pacer.nextBatch(config.batch().maxRecords());
                    if (!batch.isEmpty()) {
                        handle(batch);
                    }
                    commitProgress();
                    held = pacer.unfinishedCount();
                }
            } catch (WakeupException | InterruptException stopping) {
                // shutdown requested
            } catch (RuntimeException e) {
                LOG.errorf(e, "The scoring consumer %s stopped", clientId);
            } finally {
                held = 0;
                // Leaving the group lets another instance take the partitions over at once; a broker
                // that is away must not hold up the shutdown for long.
                kafka.close(Duration.ofSeconds(5));
            }
        }

        /** Takes in what the consumer has fetched, waiting for events only when none are waiting already. */
        private void readAhead(KafkaConsumer<String, byte[]> kafka) {
            readOnlyPartitionsWithRoom(kafka);
            ConsumerRecords<String, byte[]> records = kafka.poll(pacer.hasWaiting() ? Duration.ZERO : config.batch().maxWait());
            while (!records.isEmpty()) {
                records.forEach(record -> pacer.add(detached(record)));
                readOnlyPartitionsWithRoom(kafka);
                records = kafka.poll(Duration.ZERO);
            }
        }

        /**
         * The record with its headers read: Kafka reads a header's key and value from the fetched response only
         * when asked, and until then a record waiting here keeps that whole response (about 300 KB) in memory.
         */
        private static ConsumerRecord<String, byte[]> detached(ConsumerRecord<String, byte[]> record) {
            for (Header header : record.headers()) {
                header.key();
                header.value();
            }
            return record;
        }

        /** Pauses the partitions that have as many unfinished events as may be read ahead, and resumes the others. */
        private void readOnlyPartitionsWithRoom(KafkaConsumer<String, byte[]> kafka) {
            Set<TopicPartition> full = pacer.full();
            Set<TopicPartition> paused = kafka.paused();
            kafka.resume(paused.stream().filter(partition -> !full.contains(partition)).toList());
            kafka.pause(full.stream().filter(partition -> !paused.contains(partition)).toList());
        }

        private void handle(List<ConsumerRecord<String, byte[]>> batch) {
            metrics.batch(batch.size());
            try {
                done(batch, process(batch));
                backoff.reset();
            } catch (RuntimeException e) {
                if (!running) {
                    throw e;
                }
                if (Failures.isTransient(e)) {
                    retryLater(batch, e);
                } else {
                    LOG.warnf("Scoring a batch of %d failed (%s); scoring its events one at a time", batch.size(), e);
                    handleOneByOne(batch);
                }
            }
        }

        /** Finds the event that fails for no known reason: the others are done, and it gets its tries. */
        private void handleOneByOne(List<ConsumerRecord<String, byte[]>> batch) {
            for (int i = 0; i < batch.size(); i++) {
                ConsumerRecord<String, byte[]> record = batch.get(i);
                Position position = Position.of(record);
                try {
                    List<ConsumerRecord<String, byte[]>> waiting;
                    try {
                        waiting = process(List.of(record));
                    } catch (RuntimeException e) {
                        int attempt = Failures.isTransient(e) ? 0 : attempts.merge(position, 1, Integer::sum);
                        if (attempt < config.attempts()) {
                            throw e;
                        }
                        giveUp(record, e, attempt);
                        waiting = List.of();
                    }
                    attempts.remove(position);
                    done(List.of(record), waiting);
                } catch (RuntimeException e) {
                    if (!running) {
                        throw e;
                    }
                    if (!Failures.isTransient(e)) {
                        LOG.warnf(e, "Scoring the event at %s failed, try %d of %d", position, attempts.get(position),
                                config.attempts());
                    }
                    retryLater(batch.subList(i, batch.size()), e);
                    return;
                }
            }
        }

        /** The batch's events are finished with, but for those waiting for their catalogue, which are set aside. */
        private void done(List<ConsumerRecord<String, byte[]>> batch, List<ConsumerRecord<String, byte[]>> waiting) {
            if (waiting.isEmpty()) {
                pacer.finished(batch);
            } else {
                Set<ConsumerRecord<String, byte[]>> aside = Set.copyOf(waiting);
                pacer.finished(batch.stream().filter(record -> !aside.contains(record)).toList());
                pacer.setAside(waiting, CATALOG_WAIT);
            }
        }

        /** Pauses, then has the events scored again, ahead of their tenants' others. */
        private void retryLater(List<ConsumerRecord<String, byte[]>> rest, RuntimeException failure) {
            pacer.retry(rest);
            pause(Failures.isTransient(failure) ? RetryCause.TRANSIENT : RetryCause.UNEXPECTED, failure);
        }

        /**
         * Commits each partition's low watermark where it moved. A commit refused during a rebalance is made
         * once it is over, for the partitions this consumer keeps; the others are read from the last commit
         * by their next owner, and the stored results published again, unchanged.
         */
        private void commitProgress() {
            Map<TopicPartition, OffsetAndMetadata> progress = pacer.committable();
            progress.entrySet().removeIf(entry -> entry.getValue().equals(committed.get(entry.getKey())));
            if (progress.isEmpty()) {
                return;
            }
            try {
                consumer.commitSync(progress);
                committed.putAll(progress);
            } catch (CommitFailedException | RebalanceInProgressException e) {
                LOG.infof("Offsets not committed during a rebalance: %s", e.getMessage());
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    throw e;
                }
                pause(RetryCause.TRANSIENT, e);
            }
        }

        private void pause(RetryCause cause, RuntimeException failure) {
            Duration pause = backoff.next();
            metrics.retried(cause);
            if (cause == RetryCause.TRANSIENT) {
                LOG.warnf("Scoring paused for %s: a dependency is unavailable (%s)", pause, failure.toString());
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptException();
            }
        }
    }

    /** Thrown out of a pause when the service is stopping. */
    private static final class InterruptException extends RuntimeException {
    }

    private Map<String, Object> consumerConfig(String clientId) {
        // All of the kafka.* configuration, so TLS and SASL settings reach this consumer too.
        Map<String, Object> consumerConfig = new HashMap<>(kafkaConfig);
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, config.group());
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.batch().maxRecords());
        consumerConfig.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) config.batch().maxWait().toMillis());
        consumerConfig.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) config.sessionTimeout().toMillis());
        consumerConfig.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) config.sessionTimeout().toMillis() / 3);
        // A new instance takes partitions over without stopping the others' work.
        consumerConfig.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // Values stay bytes: parsed from them, and dead-lettered exactly as they came.
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return consumerConfig;
    }

    /**
     * Scores the records and publishes their results and dead letters; returns those waiting for their tenant's
     * catalogue, for which nothing was done. Throws, having committed nothing, on failure.
     */
    private List<ConsumerRecord<String, byte[]>> process(List<ConsumerRecord<String, byte[]>> records) {
        Map<ConsumerRecord<String, byte[]>, Span> spans = new LinkedHashMap<>();
        records.forEach(record -> spans.put(record, processSpan(record)));
        try {
            Map<ConsumerRecord<String, byte[]>, Decoded> decoded = new LinkedHashMap<>();
            records.forEach(record -> decoded.put(record, events.decode(record)));
            Map<UUID, Outcome> outcomes = score(decoded.values(), spans.values());
            List<ConsumerRecord<String, byte[]>> waiting = decoded.entrySet().stream()
                    .filter(entry -> entry.getValue().isValid()
                            && outcomes.get(entry.getValue().event().getAssessmentId()) instanceof Waiting)
                    .map(Map.Entry::getKey)
                    .toList();
            waiting.forEach(record -> {
                decoded.remove(record);
                metrics.consumed(topics.questionnaireSubmitted(), "waiting-for-catalogue");
            });
            // Each record is made as it is sent and is the producer's from then on, so a batch's events are not all
            // in memory at once: only its plain results are, in the outcomes.
            publish(decoded.entrySet().stream()
                    .map(entry -> outgoing(entry.getKey(), entry.getValue(), outcomes, spans.get(entry.getKey()))))
                    .forEach(out -> {
                        metrics.consumed(topics.questionnaireSubmitted(),
                                out.topic() == null ? "erased" : out.deadLetter() == null ? "processed" : "dead-lettered");
                        if (out.deadLetter() != null) {
                            metrics.deadLettered(out.deadLetter());
                        }
                    });
            return waiting;
        } catch (RuntimeException e) {
            spans.values().forEach(span -> span.setStatus(StatusCode.ERROR, e.toString()));
            throw e;
        } finally {
            spans.values().forEach(Span::end);
        }
    }

    private Map<UUID, Outcome> score(Collection<Decoded> decoded, Collection<Span> recordSpans) {
        List<io.pathfinder.contracts.model.QuestionnaireSubmitted> valid = decoded.stream()
                .filter(Decoded::isValid).map(Decoded::event).toList();
        if (valid.isEmpty()) {
            return Map.of();
        }
        // One span for the batch's shared work, linked to the span of each event in it.
        SpanBuilder builder = tracer.spanBuilder("score batch").setNoParent()
                .setAttribute("messaging.batch.message_count", (long) valid.size());
        recordSpans.forEach(span -> builder.addLink(span.getSpanContext()));
        Span batchSpan = builder.startSpan();
        try (Scope ignored = batchSpan.makeCurrent()) {
            return pipeline.score(valid);
        } finally {
            batchSpan.end();
        }
    }

    /**
     * A record to publish for an incoming one: its result, the incoming record itself as a dead letter, or
     * none, its assessment being erased.
     */
    private record Outgoing(ProducerRecord<String, byte[]> record, DeadLetterReason deadLetter) {
    }

    private Outgoing outgoing(ConsumerRecord<String, byte[]> record, Decoded decoded, Map<UUID, Outcome> outcomes,
            Span span) {
        if (!decoded.isValid()) {
            return new Outgoing(events.deadLetter(record, decoded.reason(), decoded.problem(), topics.deadLetter()),
                    decoded.reason());
        }
        Outcome outcome = outcomes.get(decoded.event().getAssessmentId());
        if (outcome instanceof Rejected rejected) {
            return new Outgoing(events.deadLetter(record, rejected.reason(), rejected.message(), topics.deadLetter()),
                    rejected.reason());
        }
        if (outcome instanceof Erased) {
            LOG.infof("Skipped the event at %s: assessment %s is erased", Position.of(record), decoded.event().getAssessmentId());
            return new Outgoing(null, null);
        }
        ProducerRecord<String, byte[]> result = events.scored((Scored) outcome, topics.recommendationsScored());
        Span publish = tracer.spanBuilder(topics.recommendationsScored() + " publish").setSpanKind(SpanKind.PRODUCER)
                .setParent(Context.current().with(span))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topics.recommendationsScored())
                .startSpan();
        propagator.inject(Context.current().with(publish), result,
                (carrier, name, value) -> carrier.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        publish.end();
        return new Outgoing(result, null);
    }

    private Span processSpan(ConsumerRecord<String, byte[]> record) {
        return tracer.spanBuilder(record.topic() + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(propagator.extract(Context.root(), record, HEADERS))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.message.offset", record.offset())
                .startSpan();
    }

    /** Gives up on an event: its assessment is marked FAILED and it goes to the dead-letter topic. */
    private void giveUp(ConsumerRecord<String, byte[]> record, RuntimeException failure, int attempts) {
        String cause = "Failed " + attempts + " times; last: " + Failures.describe(failure);
        LOG.errorf(failure, "Giving up on the event at %s: %s", Position.of(record), cause);
        Decoded decoded = events.decode(record);
        if (decoded.isValid()) {
            try {
                pipeline.giveUp(decoded.event(), "exhausted: " + cause);
            } catch (RuntimeException e) {
                if (Failures.isTransient(e)) {
                    throw e;
                }
                // The database refuses this assessment for good: the dead letter is all that is left.
                LOG.errorf(e, "Could not mark assessment %s FAILED", decoded.event().getAssessmentId());
            }
        }
        publish(Stream.of(new Outgoing(events.deadLetter(record, DeadLetterReason.EXHAUSTED, cause, topics.deadLetter()),
                DeadLetterReason.EXHAUSTED)));
        metrics.consumed(topics.questionnaireSubmitted(), "dead-lettered");
        metrics.deadLettered(DeadLetterReason.EXHAUSTED);
    }

    /** What was published for an incoming record: to which topic (none: its assessment is erased), and why, if dead. */
    private record Published(String topic, DeadLetterReason deadLetter) {
    }

    private record Sent(Future<RecordMetadata> ack, Published published) {
    }

    /**
     * Sends every record and waits until the broker has them all; returns what was published, in order. The records
     * themselves are not kept once sent.
     */
    private List<Published> publish(Stream<Outgoing> outgoing) {
        KafkaProducer<String, byte[]> sender = producer;
        List<Sent> sends = new ArrayList<>();
        try {
            outgoing.forEach(out -> sends.add(out.record() == null
                    ? new Sent(null, new Published(null, out.deadLetter()))
                    : new Sent(sender.send(out.record()), new Published(out.record().topic(), out.deadLetter()))));
            List<Published> published = new ArrayList<>(sends.size());
            for (Sent sent : sends) {
                if (sent.ack() != null) {
                    sent.ack().get();
                    metrics.produced(sent.published().topic());
                }
                published.add(sent.published());
            }
            return published;
        } catch (ExecutionException e) {
            throw failedSend(sender, e.getCause());
        } catch (KafkaException e) {
            throw failedSend(sender, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException();
        }
    }

    /** A producer that failed for good (not with a retriable error) is replaced, so the next try has a sound one. */
    private synchronized RuntimeException failedSend(KafkaProducer<String, byte[]> failed, Throwable failure) {
        if (!(failure instanceof RetriableException) && producer == failed) {
            LOG.warnf("Replacing the result producer after %s", failure.toString());
            failed.close(Duration.ZERO);
            producer = ReliableProducer.create(kafkaConfig, config.group() + "-producer");
        }
        return failure instanceof KafkaException kafka ? kafka : new KafkaException(failure);
    }

    /** A pause that doubles with each failure in a row, up to a bound. */
    private static final class Backoff {
        private final Duration first;
        private final Duration max;
        private Duration current;

        Backoff(Duration first, Duration max) {
            this.first = first;
            this.max = max;
            this.current = first;
        }

        Duration next() {
            Duration pause = current;
            current = current.multipliedBy(2).compareTo(max) > 0 ? max : current.multipliedBy(2);
            return pause;
        }

        void reset() {
            current = first;
        }
    }
}
