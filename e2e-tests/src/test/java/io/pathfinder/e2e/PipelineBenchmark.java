package io.pathfinder.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.pathfinder.examples.hrplatform.HrPlatformKafkaExample;
import io.pathfinder.outbox.ReliableProducer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * How fast the scoring pipeline is, on one broker in one run:
 * <ol>
 * <li>a consume → produce pipe that does no work moves a backlog of N questionnaire events from one
 *     topic to another, with the scoring consumer's batch size and producer settings;</li>
 * <li>the real pipeline, one assessment-service instance on PostgreSQL, drains a backlog of the same
 *     N events: scored, stored and published;</li>
 * <li>questionnaires submitted over HTTP at a steady rate, each read back by long poll: the rate
 *     sustained and the time from POST to SCORED.</li>
 * </ol>
 * Run after {@code ./mvnw install -DskipTests}, on an otherwise idle machine:
 * {@code ./mvnw -pl e2e-tests -Ppipeline-benchmark test-compile exec:exec}
 * (-Dbench.events=20000 -Dbench.http-rate=200 -Dbench.http-seconds=30, 0 skips the HTTP load;
 * -Dbench.http-connections=16). After the drain and after the HTTP load, the first assessment instance's resident
 * memory; at the end, with native memory tracking (on in the profile), its summary.
 */
public final class PipelineBenchmark {

    private static final String PIPE_IN = "benchmark.pipe-in";
    private static final String PIPE_OUT = "benchmark.pipe-out";
    private static final int PARTITIONS = 6;
    /** As the scoring consumer's default batch. */
    private static final int BATCH = 250;

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 20_000);
        // Scored first, unmeasured, so the service's JIT has compiled the hot code before the clock starts.
        int warmUp = Integer.getInteger("bench.warm-up", 10_000);
        int instances = Integer.getInteger("bench.instances", 1);
        int httpRate = Integer.getInteger("bench.http-rate", 200);
        int httpSeconds = Integer.getInteger("bench.http-seconds", 30);
        int httpWarmUpSeconds = Integer.getInteger("bench.http-warm-up-seconds", 60);
        int httpConnections = Integer.getInteger("bench.http-connections", 16);
        // The stack's data and logs stay in the build folder for a look afterwards.
        Path directory = RunningStack.buildDir().resolve("benchmark-" + Instant.now().toEpochMilli());
        try (PipelineStack stack = PipelineStack.start(directory)) {
            ScoringTraffic traffic = new ScoringTraffic(stack.bootstrapServers(), stack.jdbcUrl());
            List<ProducerRecord<String, String>> backlog = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                backlog.add(ScoringTraffic.questionnaire(UUID.randomUUID(), "benchmark"));
            }
            System.out.printf("%d questionnaire events of %d bytes each%n", events, backlog.get(0).value().length());

            createPipeTopics(stack.bootstrapServers());
            double pipe = pipe(stack.bootstrapServers(), backlog);
            System.out.printf("No-work pipe:     %,8.0f events/s%n", pipe);

            List<ProducerRecord<String, String>> warmUpBacklog = new ArrayList<>();
            for (int i = 0; i < warmUp; i++) {
                warmUpBacklog.add(ScoringTraffic.questionnaire(UUID.randomUUID(), "benchmark-warm-up"));
            }
            traffic.produce(warmUpBacklog);
            traffic.produce(backlog);
            Set<String> keys = new HashSet<>(backlog.stream().map(ProducerRecord::key).toList());
            keys.addAll(warmUpBacklog.stream().map(ProducerRecord::key).toList());
            try (KafkaConsumer<String, byte[]> results = fromEnd(stack.bootstrapServers(), ScoringTraffic.SCORED)) {
                List<ServiceProcess> assessments = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    assessments.add(stack.startAssessment());
                }
                ServiceProcess assessment = assessments.get(0);
                Supplier<Cpu> cpu = () -> new Cpu(assessments.stream().map(ServiceProcess::cpu).reduce(Duration.ZERO, Duration::plus),
                        stack.databaseCpu(), ProcessHandle.current().info().totalCpuDuration().orElseThrow());
                Drain drain = drain(results, keys, warmUp, cpu, assessments);
                double pipeline = drain.rate();
                System.out.printf("Scoring pipeline: %,8.0f events/s (%.0f %% of the pipe); each result %,d bytes%n",
                        pipeline, 100 * pipeline / pipe, drain.result().length);
                report("event while draining", drain.cpu(), drain.events());
                reportMemory(assessment, "after draining");

                if (httpSeconds > 0) {
                    // Unmeasured first, so the HTTP path is compiled as the scoring path was.
                    http(assessment.url(), httpRate, httpWarmUpSeconds, httpConnections, false);
                    Cpu beforeHttp = cpu.get();
                    int submitted = http(assessment.url(), httpRate, httpSeconds, httpConnections, true);
                    report("submission over HTTP", cpu.get().minus(beforeHttp), submitted);
                    reportMemory(assessment, "after the HTTP load");
                }
                assessment.nativeMemory().forEach(System.out::println);
            }
        }
    }

    private static void reportMemory(ServiceProcess assessment, String when) {
        ServiceProcess.Memory memory = assessment.memory();
        System.out.printf("assessment-service resident memory %s: %d MB, %d MB at its highest so far%n",
                when, memory.residentMb(), memory.highestMb());
    }

    /** Moves the backlog through a pipe that does no work; returns events per second. */
    private static double pipe(String bootstrapServers, List<ProducerRecord<String, String>> backlog) throws Exception {
        new ScoringTraffic(bootstrapServers, null).produce(backlog.stream()
                .map(r -> new ProducerRecord<>(PIPE_IN, r.key(), r.value())).toList());
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-pipe");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH);
        int moved = 0;
        Instant first = null;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = ReliableProducer.create(Map.of("bootstrap.servers", bootstrapServers), "benchmark-pipe")) {
            consumer.subscribe(List.of(PIPE_IN));
            while (moved < backlog.size()) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(100));
                if (batch.isEmpty()) {
                    continue;
                }
                first = first == null ? Instant.now() : first;
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : batch) {
                    sends.add(producer.send(new ProducerRecord<>(PIPE_OUT, record.key(), record.value())));
                }
                for (Future<RecordMetadata> send : sends) {
                    send.get();
                }
                consumer.commitSync();
                moved += batch.count();
            }
        }
        return rate(moved, first, Instant.now());
    }

    /**
     * Creates the pipe's topics and waits for their leaders: an idempotent producer that meets a
     * partition the broker has not taken up yet can end up retrying for good.
     */
    private static void createPipeTopics(String bootstrapServers) throws Exception {
        List<String> topics = List.of(PIPE_IN, PIPE_OUT);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(topics.stream().map(topic -> new NewTopic(topic, PARTITIONS, (short) 1)).toList()).all().get();
            ScoringTraffic.await("leaders for " + topics, Duration.ofSeconds(30), () -> hasLeaders(admin, topics));
        }
    }

    private static boolean hasLeaders(Admin admin, List<String> topics) {
        try {
            return admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .allMatch(topic -> topic.partitions().stream().allMatch(partition -> partition.leader() != null));
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** CPU time used so far by the assessment service, PostgreSQL and this process (the broker and the harness). */
    private record Cpu(Duration service, Duration database, Duration harness) {
        Cpu minus(Cpu earlier) {
            return new Cpu(service.minus(earlier.service), database.minus(earlier.database), harness.minus(earlier.harness));
        }
    }

    /** A backlog drained: results per second and the CPU they took, over the events timed. */
    private record Drain(double rate, int events, Cpu cpu, byte[] result) {
    }

    /** Waits for a result for every key, timing all but the first ones; returns what the timed ones took. */
    private static Drain drain(KafkaConsumer<String, byte[]> results, Set<String> keys, int untimed, Supplier<Cpu> cpu,
            List<ServiceProcess> services) {
        Set<String> seen = new HashSet<>();
        byte[] result = null;
        Instant first = null;
        Cpu atFirst = null;
        int seenAtFirst = 0;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (seen.size() < keys.size() && Instant.now().isBefore(deadline)) {
            services.stream().filter(service -> !service.isAlive()).findFirst().ifPresent(dead -> {
                throw new IllegalStateException(dead.name() + " exited while draining; see its log");
            });
            for (ConsumerRecord<String, byte[]> record : results.poll(Duration.ofMillis(100))) {
                if (keys.contains(record.key())) {
                    seen.add(record.key());
                    result = record.value();
                }
            }
            if (first == null && seen.size() > untimed) {
                first = Instant.now();
                atFirst = cpu.get();
                seenAtFirst = seen.size();
            }
        }
        if (seen.size() < keys.size()) {
            throw new IllegalStateException("Only " + seen.size() + " of " + keys.size() + " scored in 10 minutes");
        }
        int timed = seen.size() - seenAtFirst;
        return new Drain(rate(timed, first, Instant.now()), timed, cpu.get().minus(atFirst), result);
    }

    /**
     * Submits questionnaires over HTTP at a steady rate, each followed by a long poll for its result, and prints
     * the rate sustained, the failures and the time from POST to SCORED; returns how many it submitted. The
     * submissions take turns over several clients, each with its own HTTP/2 connection: a service takes at most 250
     * requests at once on one, and the JDK's client fails those beyond that instead of waiting (JDK-8225647).
     */
    private static int http(String url, int rate, int seconds, int connections, boolean report) throws Exception {
        String token = RunningStack.mintToken("tenant", "benchmark-http");
        String answers = ScoringTraffic.JSON.writeValueAsString(HrPlatformKafkaExample.sampleAnswers());
        ExecutorService workers = Executors.newFixedThreadPool(8);
        List<HttpClient> clients = IntStream.range(0, connections)
                .mapToObj(connection -> HttpClient.newBuilder().executor(workers).build()).toList();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<Void>> submissions = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        int total = rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        Instant start = Instant.now();
        clock.scheduleAtFixedRate(() -> {
            int submission = sent.getAndIncrement();
            if (submission < total) {
                HttpClient http = clients.get(submission % connections);
                long begin = System.nanoTime();
                // A request that fails (refused, reset) counts as a failure rather than ending the run.
                submissions.add(submitAndAwait(http, url, token, answers)
                        .handle((scored, error) -> {
                            if (error == null && scored) {
                                latencies.add(System.nanoTime() - begin);
                            } else {
                                failures.incrementAndGet();
                            }
                            return null;
                        }));
            }
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        try {
            ServiceProcess.sleep(Duration.ofSeconds(seconds));
            clock.shutdown();
            CompletableFuture.allOf(submissions.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        } finally {
            // Their threads are not daemons: left running, they would keep the benchmark from ever exiting.
            clock.shutdownNow();
            workers.shutdownNow();
        }
        double elapsed = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        if (!report) {
            return total;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("HTTP at %d/s for %d s: none scored, %d failed%n", rate, seconds, failures.get());
            return total;
        }
        System.out.printf("HTTP at %d/s for %d s: %d scored, %.0f/s sustained, %d failed; POST to SCORED p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                rate, seconds, sorted.size(), sorted.size() / elapsed, failures.get(),
                percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
        return total;
    }

    /** POST, then long-poll GET until the assessment is no longer pending; completes with whether it was scored. */
    static CompletableFuture<Boolean> submitAndAwait(HttpClient http, String url, String token, String answers) {
        HttpRequest post = HttpRequest.newBuilder(URI.create(url + "/assessments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(answers)).build();
        return http.sendAsync(post, HttpResponse.BodyHandlers.ofString()).thenCompose(response -> {
            Optional<String> location = response.headers().firstValue("Location");
            return response.statusCode() == 202 && location.isPresent()
                    ? awaitScored(http, location.get(), token)
                    : CompletableFuture.completedFuture(false);
        });
    }

    private static CompletableFuture<Boolean> awaitScored(HttpClient http, String location, String token) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(location + "?waitSeconds=20"))
                .header("Authorization", "Bearer " + token).build();
        return http.sendAsync(get, HttpResponse.BodyHandlers.ofString())
                .thenCompose(response -> scoredOrPollAgain(http, location, token, response));
    }

    /** Whether a long poll's answer says SCORED, polling again while it says PENDING (the poll ran out first). */
    static CompletableFuture<Boolean> scoredOrPollAgain(HttpClient http, String location, String token,
            HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            return CompletableFuture.completedFuture(false);
        }
        if (isPending(answer)) {
            return awaitScored(http, location, token);
        }
        return CompletableFuture.completedFuture(answer.body().contains("\"status\":\"SCORED\""));
    }

    static boolean isPending(HttpResponse<String> answer) {
        return answer.body().contains("\"status\":\"PENDING\"");
    }

    static KafkaConsumer<String, byte[]> fromEnd(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static void report(String what, Cpu cpu, int count) {
        System.out.printf("CPU per %s: assessment-service %.0f µs, PostgreSQL %.0f µs, broker and this harness %.0f µs%n",
                what, perEvent(cpu.service(), count), perEvent(cpu.database(), count), perEvent(cpu.harness(), count));
    }

    private static double perEvent(Duration cpu, int events) {
        return cpu.toNanos() / 1e3 / events;
    }

    private static double rate(int events, Instant first, Instant last) {
        return events / (Duration.between(first, last).toNanos() / 1e9);
    }

    static double percentile(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
