package io.pathfinder.e2e;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.pathfinder.examples.hrplatform.HrPlatformKafkaExample;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Whether one tenant's flood hurts another, over HTTP and over Kafka.
 * <ul>
 * <li>HTTP: tenant B submits questionnaires at a normal rate, each read back by long poll, first alone,
 *     then while tenant A's clients submit far over A's quota: at each of the given rates, and with 0 as fast as
 *     they can. Both tenants have the
 *     same submissions quota and burst (by default 10 s of the quota, so that A's accepted submissions
 *     spread over the minute); A's calls over it get 429. The goal: B's POST to SCORED p99 under the flood
 *     within twice its p99 alone.</li>
 * <li>Kafka, where no quota stands before the scoring consumers: tenant B produces questionnaire events
 *     at the normal rate, first alone, then while tenant A's burst lies in the topic ahead of B's events.
 *     Reported: B's produce to scored (the result's publication) percentiles, from the records' timestamps.</li>
 * </ul>
 * Run after {@code ./mvnw install -DskipTests}, on an otherwise idle machine:
 * {@code ./mvnw -pl e2e-tests -Pfairness-benchmark test-compile exec:exec}
 * (-Dbench.quota=600 -Dbench.quota-burst=100 -Dbench.normal-rate=5 -Dbench.flooders=16 -Dbench.flood-rates=0,1000,300,100
 * -Dbench.seconds=30
 * -Dbench.burst=10000; -Dbench.quota-burst equal to the quota for a bucket of a minute's calls;
 * -Dbench.http=false for Kafka alone, -Dbench.kafka=false for HTTP alone).
 */
public final class FairnessBenchmark {

    private FairnessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals(FLOOD)) {
            Flood.runUntilStdinCloses(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        int quota = Integer.getInteger("bench.quota", 600);
        // Left empty (as the profile leaves it), 10 s of the quota.
        int quotaBurst = Integer.getInteger("bench.quota-burst", Math.max(1, quota / 6));
        int normalRate = Integer.getInteger("bench.normal-rate", 5);
        int flooders = Integer.getInteger("bench.flooders", 16);
        // A's calls a second in each flooded phase; 0: as fast as its clients go, which on one machine takes the
        // CPU from everything else, the service included, however cheaply the service refuses them.
        List<Integer> floodRates = Arrays.stream(System.getProperty("bench.flood-rates", "0").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        // A's clients run in a process of their own at this niceness: with 19, they take only the CPU that the
        // stack and tenant B leave, as clients on other machines would; with 0, they compete with them as equals.
        int floodNice = Integer.getInteger("bench.flood-nice", 19);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmUpSeconds = Integer.getInteger("bench.warm-up-seconds", 60);
        int burst = Integer.getInteger("bench.burst", 10_000);
        boolean overHttp = Boolean.parseBoolean(System.getProperty("bench.http", "true"));
        boolean overKafka = Boolean.parseBoolean(System.getProperty("bench.kafka", "true"));
        Map<String, String> settings = new HashMap<>(PipelineStack.HIGH_QUOTAS);
        settings.put("PATHFINDER_RATE_LIMIT_SUBMISSIONS_PER_MINUTE", String.valueOf(quota));
        settings.put("PATHFINDER_RATE_LIMIT_SUBMISSIONS_BURST", String.valueOf(quotaBurst));
        Path directory = RunningStack.buildDir().resolve("fairness-" + Instant.now().toEpochMilli());
        try (PipelineStack stack = PipelineStack.start(directory, settings)) {
            ServiceProcess assessment = stack.startAssessment();
            if (overHttp) {
                overHttp(assessment, quota, quotaBurst, normalRate, flooders, floodRates, floodNice, seconds, warmUpSeconds);
            }
            if (overKafka) {
                overKafka(stack, normalRate, seconds, warmUpSeconds, burst);
            }
        }
    }

    /** The service's CPU time since {@code before}, as a share of one core over the seconds that passed. */
    private static double coreShare(ServiceProcess service, Duration before, double seconds) {
        return service.cpu().minus(before).toMillis() / 10.0 / seconds;
    }

    /** POST (or produce) to SCORED times of one tenant's submissions at a steady rate. */
    private record Latencies(List<Long> sorted, int failed) {
        double p50() {
            return PipelineBenchmark.percentile(sorted, 50);
        }

        double p99() {
            return PipelineBenchmark.percentile(sorted, 99);
        }

        @Override
        public String toString() {
            return String.format("%d scored, %d failed; to SCORED p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    sorted.size(), failed, p50(), p99(), sorted.get(sorted.size() - 1) / 1e6);
        }
    }

    /** Tenant B's submissions over HTTP at the normal rate, alone and then beside tenant A's flood at each rate. */
    private static void overHttp(ServiceProcess assessment, int quota, int quotaBurst, int normalRate, int flooders,
            List<Integer> floodRates, int floodNice, int seconds, int warmUpSeconds) throws Exception {
        String url = assessment.url();
        String normal = RunningStack.mintToken("tenant", "fairness-normal");
        String flooder = RunningStack.mintToken("tenant", "fairness-flooder");
        System.out.printf("Submissions quota %d a minute per tenant, %d at once; tenant B at %d/s, tenant A with %d clients at %s calls a second (0: as fast as they go), in a process of niceness %d%n",
                quota, quotaBurst, normalRate, flooders, floodRates, floodNice);

        // Unmeasured first, so that the submission path is compiled before the clock starts.
        steady(url, normal, normalRate, warmUpSeconds);
        Duration cpuBefore = assessment.cpu();
        Latencies alone = steady(url, normal, normalRate, seconds);
        System.out.println("Tenant B alone:          " + alone);
        System.out.printf("The assessment service used %.0f %% of a core%n", coreShare(assessment, cpuBefore, seconds));

        // Each flood starts from a full bucket, as it would from a tenant that was quiet: A's burst is accepted at
        // once and scored beside B's submissions before the refusals begin.
        Duration refill = Duration.ofSeconds((long) Math.ceil(quotaBurst * 60.0 / quota) + 1);
        for (int floodRate : floodRates) {
            ServiceProcess.sleep(refill);
            cpuBefore = assessment.cpu();
            Process floodProcess = Flood.launch(url, flooder, flooders, floodRate, floodNice);
            Latencies flooded = steady(url, normal, normalRate, seconds);
            FloodCounts flood = Flood.stop(floodProcess);
            double share = coreShare(assessment, cpuBefore, flood.seconds());
            String rate = floodRate == 0 ? "as fast as it goes" : "at " + floodRate + "/s";
            System.out.println("Tenant B, tenant A " + rate + ": " + flooded);
            System.out.printf("Tenant A: %,d accepted (%.1f/s), %,d refused with 429 (%.0f/s), %,d other%n",
                    flood.accepted(), flood.accepted() / flood.seconds(),
                    flood.refused(), flood.refused() / flood.seconds(), flood.other());
            System.out.printf("The assessment service used %.0f %% of a core, %.0f µs of CPU per submission of either tenant%n",
                    share, share / 100 * flood.seconds() * 1e6
                            / (flood.accepted() + flood.refused() + flood.other() + flooded.sorted().size()));
            double ratio = flooded.p99() / alone.p99();
            System.out.printf("Tenant B's p99 with tenant A %s: %.2f times its p99 alone (goal: at most 2) -> %s%n",
                    rate, ratio, ratio <= 2 ? "met" : "NOT met");
        }
    }

    /**
     * Tenant B's events over Kafka at the normal rate, alone and then behind tenant A's burst, produced as
     * B's first event is: without tenants taking turns, B's events wait for the part of the burst ahead
     * of them in their partitions.
     */
    private static void overKafka(PipelineStack stack, int normalRate, int seconds, int warmUpSeconds, int burst)
            throws Exception {
        ScoringTraffic traffic = new ScoringTraffic(stack.bootstrapServers(), stack.jdbcUrl());
        System.out.printf("Over Kafka: tenant B at %d/s; tenant A's burst of %,d events%n", normalRate, burst);
        steadyOverKafka(stack.bootstrapServers(), "fairness-kafka-normal", normalRate, warmUpSeconds, () -> { });
        Latencies alone = steadyOverKafka(stack.bootstrapServers(), "fairness-kafka-normal", normalRate, seconds, () -> { });
        System.out.println("Over Kafka, tenant B alone:             " + alone);

        String flooder = "fairness-kafka-flooder";
        List<ProducerRecord<String, String>> flood = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            flood.add(ScoringTraffic.questionnaire(UUID.randomUUID(), flooder));
        }
        Instant burstStart = Instant.now();
        Latencies flooded = steadyOverKafka(stack.bootstrapServers(), "fairness-kafka-normal", normalRate, seconds,
                () -> traffic.produce(flood));
        System.out.println("Over Kafka, tenant B behind A's burst:  " + flooded);
        ScoringTraffic.await("tenant A's burst scored", Duration.ofMinutes(10),
                () -> traffic.statuses(flooder).getOrDefault("SCORED", 0) == burst);
        Instant burstScored = traffic.completedAt(flooder).values().stream().max(Instant::compareTo).orElseThrow();
        System.out.printf("Tenant A's burst all scored %.1f s after it was produced; tenant B's p99 behind it: %.2f times its p99 alone%n",
                Duration.between(burstStart, burstScored).toMillis() / 1000.0, flooded.p99() / alone.p99());
    }

    /**
     * Produces one tenant's events at a steady rate while the other work runs, and returns the time from each
     * event's production to its result's publication, both as the records' timestamps say.
     */
    private static Latencies steadyOverKafka(String bootstrapServers, String tenant, int rate, int seconds, Runnable alongside)
            throws Exception {
        Map<String, Long> producedAt = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        try (KafkaConsumer<String, byte[]> results = PipelineBenchmark.fromEnd(bootstrapServers, ScoringTraffic.SCORED);
             KafkaProducer<String, String> producer = producer(bootstrapServers)) {
            Thread other = new Thread(alongside, "alongside");
            other.start();
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (int i = 0; i < rate * seconds; i++) {
                ServiceProcess.sleep(Duration.ofNanos(Math.max(0, start + i * interval - System.nanoTime())));
                ProducerRecord<String, String> record = ScoringTraffic.questionnaire(UUID.randomUUID(), tenant);
                producer.send(record, (metadata, error) -> {
                    if (error == null) {
                        producedAt.put(record.key(), metadata.timestamp());
                    } else {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
            other.join();

            List<Long> latencies = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
            while (seen.size() < producedAt.size() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> result : results.poll(Duration.ofMillis(200))) {
                    Long produced = producedAt.get(result.key());
                    if (produced != null && seen.add(result.key())) {
                        latencies.add(TimeUnit.MILLISECONDS.toNanos(result.timestamp() - produced));
                    }
                }
            }
            Collections.sort(latencies);
            return new Latencies(latencies, failed.get() + producedAt.size() - seen.size());
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
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

    private static final String FLOOD = "flood";

    /** What tenant A's clients got in one flooded phase. */
    private record FloodCounts(int accepted, int refused, int other, double seconds) {
    }

    /** Clients that submit back to back, or each at its share of a rate, ignoring Retry-After, and count the answers. */
    private static final class Flood {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger other = new AtomicInteger();
        private final Instant started = Instant.now();
        private Instant stopped;
        private ExecutorService clients;

        /** Starts the clients in a process of their own, of the given niceness, which runs until told to stop. */
        static Process launch(String url, String token, int clients, int callsPerSecond, int niceness) throws Exception {
            String java = ProcessHandle.current().info().command().orElseThrow();
            return new ProcessBuilder("nice", "-n", String.valueOf(niceness), java, "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), FairnessBenchmark.class.getName(),
                    FLOOD, url, token, String.valueOf(clients), String.valueOf(callsPerSecond))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        }

        /** Closes the process's input, its signal to stop, and reads what its clients got. */
        static FloodCounts stop(Process flood) throws Exception {
            flood.getOutputStream().close();
            String counts = new String(flood.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (flood.waitFor() != 0) {
                throw new IllegalStateException("The flood's process failed: " + counts);
            }
            String[] fields = counts.split(" ");
            return new FloodCounts(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                    Double.parseDouble(fields[3]));
        }

        /** The flood's process: submits until its input closes, then prints accepted, refused, other and seconds. */
        static void runUntilStdinCloses(String url, String token, int clients, int callsPerSecond) throws Exception {
            Flood flood = start(url, token, clients, callsPerSecond);
            System.in.transferTo(OutputStream.nullOutputStream());
            flood.stop();
            System.out.println(flood.accepted.get() + " " + flood.refused.get() + " " + flood.other.get() + " "
                    + flood.seconds());
        }

        private static Flood start(String url, String token, int clients, int callsPerSecond) throws Exception {
            Flood flood = new Flood();
            String answers = ScoringTraffic.JSON.writeValueAsString(HrPlatformKafkaExample.sampleAnswers());
            HttpRequest post = HttpRequest.newBuilder(URI.create(url + "/assessments"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(answers)).build();
            HttpClient http = HttpClient.newHttpClient();
            flood.clients = Executors.newFixedThreadPool(clients);
            for (int i = 0; i < clients; i++) {
                long interval = callsPerSecond == 0 ? 0 : clients * 1_000_000_000L / callsPerSecond;
                flood.clients.submit(() -> flood.submitUntilStopped(http, post, interval));
            }
            return flood;
        }

        private void submitUntilStopped(HttpClient http, HttpRequest post, long intervalNanos) {
            long next = System.nanoTime();
            while (running.get()) {
                ServiceProcess.sleep(Duration.ofNanos(Math.max(0, next - System.nanoTime())));
                next += intervalNanos;
                try {
                    int status = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
                    (status == 202 ? accepted : status == 429 ? refused : other).incrementAndGet();
                } catch (Exception e) {
                    other.incrementAndGet();
                }
            }
        }

        private void stop() throws InterruptedException {
            running.set(false);
            stopped = Instant.now();
            clients.shutdown();
            clients.awaitTermination(1, TimeUnit.MINUTES);
        }

        private double seconds() {
            return Duration.between(started, stopped).toMillis() / 1000.0;
        }
    }
}
