package io.pathfinder.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.pathfinder.examples.hrplatform.HrPlatformKafkaExample;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Many long polls held open at once, and what the other requests feel of them. Thousands of readers
 * wait on pending assessments of the first instance; meanwhile questionnaire and assessment reads
 * go to it at a modest rate and their latency is measured. Then the assessments' events are
 * produced: every instance's scoring consumers score them, and each reader is woken, by its own
 * instance or, when another scored it, through PostgreSQL's notification. A reader whose poll runs out
 * before then polls again, as a client does, until its assessment is scored.
 */
public final class LongPollBenchmark {

    private LongPollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int waiters = Integer.getInteger("bench.waiters", 2000);
        int instances = Integer.getInteger("bench.instances", 2);
        int rate = Integer.getInteger("bench.rate", 20);
        int seconds = Integer.getInteger("bench.seconds", 20);
        Path directory = RunningStack.buildDir().resolve("long-poll-benchmark-" + Instant.now().toEpochMilli());
        try (PipelineStack stack = PipelineStack.start(directory)) {
            List<ServiceProcess> assessments = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                assessments.add(stack.startAssessment());
            }
            String url = assessments.get(0).url();
            String tenant = "long-poll-benchmark";
            String token = RunningStack.mintToken("tenant", tenant);
            ExecutorService workers = Executors.newFixedThreadPool(4);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(workers).build();
            String scored = scoredAssessment(http, url, token);

            // Warm-up, unmeasured: the read paths compiled before the clock starts.
            probe(http, url, token, scored, rate, 10);
            Latencies quiet = probe(http, url, token, scored, rate, seconds);

            List<UUID> pending = insertPending(stack.jdbcUrl(), tenant, waiters);
            List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
            // A hundred at a time: each read's first query takes one of the instance's pooled connections.
            for (UUID id : pending) {
                reads.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url + "/assessments/" + id + "?waitSeconds=30"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(90)).build(),
                        HttpResponse.BodyHandlers.ofString()));
                if (reads.size() % 100 == 0) {
                    awaitWaiting(assessments.get(0), reads.size());
                }
            }
            awaitWaiting(assessments.get(0), waiters);
            String loadBefore = loadAverage();
            Latencies crowded = probe(http, url, token, scored, rate, seconds);
            String loadDuring = loadAverage();
            long stillWaiting = reads.stream().filter(read -> !read.isDone()).count();

            Instant produced = Instant.now();
            List<ProducerRecord<String, String>> events = pending.stream()
                    .map(id -> ScoringTraffic.questionnaire(id, tenant)).toList();
            new ScoringTraffic(stack.bootstrapServers(), stack.jdbcUrl()).produce(events);
            AtomicInteger ranOut = new AtomicInteger();
            List<CompletableFuture<Boolean>> answered = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                String location = url + "/assessments/" + pending.get(i);
                answered.add(reads.get(i).thenCompose(first -> {
                    if (PipelineBenchmark.isPending(first)) {
                        ranOut.incrementAndGet();
                    }
                    return PipelineBenchmark.scoredOrPollAgain(http, location, token, first);
                }));
            }
            CompletableFuture.allOf(answered.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
            Duration allAnswered = Duration.between(produced, Instant.now());
            long answeredScored = answered.stream().filter(CompletableFuture::join).count();

            System.out.printf("%d instance(s), %d cores; other requests at %d/s for %d s%n", instances,
                    Runtime.getRuntime().availableProcessors(), rate, seconds);
            System.out.printf("No long polls:        %s%n", quiet);
            System.out.printf("%,d long polls held: %s (load average %s, then %s)%n", waiters, crowded, loadBefore, loadDuring);
            System.out.printf("Long polls still waiting after the measurement: %,d of %,d%n", stillWaiting, waiters);
            System.out.printf("Events produced to every reader answered: %.1f s, %,d answered SCORED; %,d first polls ran "
                    + "out (PENDING) and were made again%n", allAnswered.toMillis() / 1000.0, answeredScored, ranOut.get());
            // The pool's threads would keep the JVM alive once the figures are out.
            workers.shutdown();
        }
    }

    /** One assessment submitted and long-polled until scored: the read the probe repeats. */
    private static String scoredAssessment(HttpClient http, String url, String token) throws Exception {
        String answers = ScoringTraffic.JSON.writeValueAsString(HrPlatformKafkaExample.sampleAnswers());
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(url + "/assessments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(answers)).build(), HttpResponse.BodyHandlers.ofString());
        String location = accepted.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("Submission refused: " + accepted.statusCode() + " " + accepted.body()));
        HttpResponse<String> result = http.send(HttpRequest.newBuilder(URI.create(location + "?waitSeconds=30"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (!result.body().contains("\"status\":\"SCORED\"")) {
            throw new IllegalStateException("Not scored in time: " + result.body());
        }
        return location;
    }

    /** GET /questionnaire and GET of the scored assessment, in turn, at a steady rate (open loop). */
    private static Latencies probe(HttpClient http, String url, String token, String scored, int rate, int seconds)
            throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<Void>> requests = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        int total = rate * seconds;
        clock.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n < total) {
                HttpRequest request = (n % 2 == 0
                        ? HttpRequest.newBuilder(URI.create(url + "/questionnaire"))
                        : HttpRequest.newBuilder(URI.create(scored)).header("Authorization", "Bearer " + token)).build();
                long begin = System.nanoTime();
                requests.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                    if (error == null && response.statusCode() == 200) {
                        latencies.add(System.nanoTime() - begin);
                    } else {
                        failures.incrementAndGet();
                    }
                    return null;
                }));
            }
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        ServiceProcess.sleep(Duration.ofSeconds(seconds));
        clock.shutdown();
        CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Latencies(sorted, failures.get());
    }

    private record Latencies(List<Long> sorted, int failures) {
        @Override
        public String toString() {
            return String.format("%d answered, %d failed; p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(), failures,
                    percentile(50), percentile(99), sorted.get(sorted.size() - 1) / 1e6);
        }

        private double percentile(int percentile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
        }
    }

    /** Assessments whose events have not been produced yet: they stay pending until they are. */
    private static List<UUID> insertPending(String jdbcUrl, String tenant, int count) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO assessment.assessment (id, tenant, answers_hash, status, questionnaire_version, answers, submitted_at)
                     VALUES (?, ?, repeat('0', 64), 'PENDING', '1', '{}', now())""")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, tenant);
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        }
        return ids;
    }

    /** Returns once the instance reports that many long polls waiting (its pathfinder_assessments_waiting gauge). */
    private static void awaitWaiting(ServiceProcess instance, int expected) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        double waiting = 0;
        while (System.nanoTime() < deadline) {
            waiting = instance.gauge("pathfinder_assessments_waiting");
            if (waiting >= expected) {
                return;
            }
            ServiceProcess.sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("Only " + waiting + " of " + expected + " long polls are waiting");
    }

    private static String loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
