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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.pathfinder.examples.hrplatform.HrPlatformKafkaExample;

/**
 * Whether one tenant's flood hurts another: tenant B submits questionnaires over HTTP at a normal rate,
 * each read back by long poll, first alone, then while tenant A's clients submit as fast as they can,
 * far over A's quota. Both tenants have the same submissions quota; A's calls over it get 429. The goal:
 * B's POST to SCORED p99 under the flood within twice its p99 alone.
 * Run after {@code ./mvnw install -DskipTests}, on an otherwise idle machine:
 * {@code ./mvnw -pl e2e-tests -Pfairness-benchmark test-compile exec:exec}
 * (-Dbench.quota=600 -Dbench.normal-rate=5 -Dbench.flooders=16 -Dbench.seconds=30).
 */
public final class FairnessBenchmark {

    private FairnessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int quota = Integer.getInteger("bench.quota", 600);
        int normalRate = Integer.getInteger("bench.normal-rate", 5);
        int flooders = Integer.getInteger("bench.flooders", 16);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmUpSeconds = Integer.getInteger("bench.warm-up-seconds", 60);
        Map<String, String> settings = new HashMap<>(PipelineStack.HIGH_QUOTAS);
        settings.put("PATHFINDER_RATE_LIMIT_SUBMISSIONS_PER_MINUTE", String.valueOf(quota));
        Path directory = RunningStack.buildDir().resolve("fairness-" + Instant.now().toEpochMilli());
        try (PipelineStack stack = PipelineStack.start(directory, settings)) {
            String url = stack.startAssessment().url();
            String normal = RunningStack.mintToken("tenant", "fairness-normal");
            String flooder = RunningStack.mintToken("tenant", "fairness-flooder");
            System.out.printf("Submissions quota %d a minute per tenant; tenant B at %d/s, tenant A with %d clients as fast as they go%n",
                    quota, normalRate, flooders);

            // Unmeasured first, so that the submission path is compiled before the clock starts.
            steady(url, normal, normalRate, warmUpSeconds);
            Latencies alone = steady(url, normal, normalRate, seconds);
            System.out.println("Tenant B alone:          " + alone);

            Flood flood = Flood.start(url, flooder, flooders);
            Latencies flooded = steady(url, normal, normalRate, seconds);
            flood.stop();
            System.out.println("Tenant B under the flood: " + flooded);
            System.out.printf("Tenant A: %,d accepted (%.1f/s), %,d refused with 429 (%.0f/s), %,d other%n",
                    flood.accepted.get(), flood.accepted.get() / flood.seconds(),
                    flood.refused.get(), flood.refused.get() / flood.seconds(), flood.other.get());
            double ratio = flooded.p99() / alone.p99();
            System.out.printf("Tenant B's p99 under the flood: %.2f times its p99 alone (goal: at most 2) -> %s%n",
                    ratio, ratio <= 2 ? "met" : "NOT met");
        }
    }

    /** POST to SCORED times of one tenant's submissions at a steady rate. */
    private record Latencies(List<Long> sorted, int failed) {
        double p50() {
            return PipelineBenchmark.percentile(sorted, 50);
        }

        double p99() {
            return PipelineBenchmark.percentile(sorted, 99);
        }

        @Override
        public String toString() {
            return String.format("%d scored, %d failed; POST to SCORED p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    sorted.size(), failed, p50(), p99(), sorted.get(sorted.size() - 1) / 1e6);
        }
    }

    private static Latencies steady(String url, String token, int rate, int seconds) throws Exception {
        String answers = ScoringTraffic.JSON.writeValueAsString(HrPlatformKafkaExample.sampleAnswers());
        ExecutorService workers = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().executor(workers).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<Void>> submissions = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        int total = rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            if (sent.getAndIncrement() < total) {
                long begin = System.nanoTime();
                submissions.add(PipelineBenchmark.submitAndAwait(http, url, token, answers).thenAccept(scored -> {
                    if (scored) {
                        latencies.add(System.nanoTime() - begin);
                    } else {
                        failed.incrementAndGet();
                    }
                }));
            }
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        ServiceProcess.sleep(Duration.ofSeconds(seconds));
        clock.shutdown();
        CompletableFuture.allOf(submissions.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        workers.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Latencies(sorted, failed.get());
    }

    /** Clients that submit back to back, ignoring Retry-After, and count the answers. */
    private static final class Flood {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger other = new AtomicInteger();
        private final Instant started = Instant.now();
        private Instant stopped;
        private ExecutorService clients;

        static Flood start(String url, String token, int clients) throws Exception {
            Flood flood = new Flood();
            String answers = ScoringTraffic.JSON.writeValueAsString(HrPlatformKafkaExample.sampleAnswers());
            HttpRequest post = HttpRequest.newBuilder(URI.create(url + "/assessments"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(answers)).build();
            HttpClient http = HttpClient.newHttpClient();
            flood.clients = Executors.newFixedThreadPool(clients);
            for (int i = 0; i < clients; i++) {
                flood.clients.submit(() -> flood.submitUntilStopped(http, post));
            }
            return flood;
        }

        private void submitUntilStopped(HttpClient http, HttpRequest post) {
            while (running.get()) {
                try {
                    int status = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
                    (status == 202 ? accepted : status == 429 ? refused : other).incrementAndGet();
                } catch (Exception e) {
                    other.incrementAndGet();
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            stopped = Instant.now();
            clients.shutdown();
            clients.awaitTermination(1, TimeUnit.MINUTES);
        }

        double seconds() {
            return Duration.between(started, stopped).toMillis() / 1000.0;
        }
    }
}
