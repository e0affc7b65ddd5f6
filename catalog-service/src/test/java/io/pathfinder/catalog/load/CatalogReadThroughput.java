package io.pathfinder.catalog.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Catalogue reads under concurrent load, beside a trivial endpoint of the same service (liveness)
 * in the same run. Against a running service (the local stack):
 * ./mvnw -pl catalog-service -Pload test-compile exec:exec (-Dload.url, -Dload.seconds, -Dload.clients).
 */
public final class CatalogReadThroughput {

    private static final List<String> ENDPOINTS = List.of(
            "/q/health/live",
            "/roles?family=engineering&sort=title&page=1&size=20",
            "/roles/mlops-engineer",
            "/roles/data-scientist/comparison/mlops-engineer");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("load.url", "http://localhost:8081"));
        int seconds = Integer.getInteger("load.seconds", 20);
        int clients = Integer.getInteger("load.clients", 16);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("%d clients, %d s per endpoint after a %d s warm-up%n", clients, seconds, seconds / 4);
        for (String endpoint : ENDPOINTS) {
            URI uri = base.resolve(endpoint);
            measure(http, uri, clients, Duration.ofSeconds(Math.max(1, seconds / 4)));
            Result result = measure(http, uri, clients, Duration.ofSeconds(seconds));
            System.out.printf("%-55s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   errors %d%n", endpoint,
                    result.requestsPerSecond(), result.percentileMillis(50), result.percentileMillis(99), result.errors());
        }
    }

    record Result(long[] latencies, double seconds, long errors) {
        double requestsPerSecond() {
            return latencies.length / seconds;
        }

        double percentileMillis(int percent) {
            int index = (int) Math.ceil(percent / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, index)] / 1e6;
        }
    }

    private record Samples(long[] latencies, long errors) {
    }

    private static Result measure(HttpClient http, URI uri, int clients, Duration duration) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<Samples>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int count = 0;
                long errors = 0;
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - sent;
                    if (response.statusCode() != 200) {
                        errors++;
                    } else {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = took;
                    }
                }
                return new Samples(Arrays.copyOf(latencies, count), errors);
            }));
        }
        List<Samples> samples = new ArrayList<>();
        for (Future<Samples> worker : workers) {
            samples.add(worker.get());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] latencies = samples.stream().flatMapToLong(s -> Arrays.stream(s.latencies())).sorted().toArray();
        return new Result(latencies, seconds, samples.stream().mapToLong(Samples::errors).sum());
    }
}
