package io.pathfinder.assessment.load;

import io.pathfinder.assessment.support.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-end throughput of a running stack: each client thread submits a questionnaire, then
 * long-polls until it is scored, and records the time from POST to result. Run against the local
 * stack with: ./mvnw -pl assessment-service -Pload test-compile exec:exec
 * (-Dload.url, -Dload.count, -Dload.clients to change the defaults).
 */
public final class SubmissionThroughput {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("load.url", "http://localhost:8082"));
        int count = Integer.getInteger("load.count", 2000);
        int clients = Integer.getInteger("load.clients", 16);
        String token = Contract.token("load-test");
        String answers = read("answers/platform-builder.json");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        run(http, base, token, answers, Math.min(count / 10, 200), clients); // warm-up
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        List<Long> latencies = run(http, base, token, answers, count, clients, failures);
        double seconds = (System.nanoTime() - start) / 1e9;

        Collections.sort(latencies);
        System.out.printf("%d questionnaires scored in %.1f s by %d clients: %.0f per second; failures %d%n",
                latencies.size(), seconds, clients, latencies.size() / seconds, failures.get());
        System.out.printf("POST to result: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(latencies, 50), percentile(latencies, 99), latencies.get(latencies.size() - 1) / 1e6);
    }

    private static List<Long> run(HttpClient http, URI base, String token, String answers, int count, int clients)
            throws Exception {
        return run(http, base, token, answers, count, clients, new AtomicInteger());
    }

    private static List<Long> run(HttpClient http, URI base, String token, String answers, int count, int clients,
            AtomicInteger failures) throws Exception {
        AtomicInteger remaining = new AtomicInteger(count);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    long start = System.nanoTime();
                    if (submitAndAwait(http, base, token, answers)) {
                        latencies.add(System.nanoTime() - start);
                    } else {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return new ArrayList<>(latencies);
    }

    private static boolean submitAndAwait(HttpClient http, URI base, String token, String answers) throws Exception {
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(base.resolve("/assessments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(answers))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            return false;
        }
        URI location = URI.create(accepted.headers().firstValue("Location").orElseThrow() + "?waitSeconds=30");
        HttpResponse<String> result = http.send(HttpRequest.newBuilder(location)
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        return result.statusCode() == 200 && result.body().contains("\"status\":\"SCORED\"");
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SubmissionThroughput.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
