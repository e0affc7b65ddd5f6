package io.pathfinder.contracts.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Questions the services' tests ask of a /q/metrics scrape (Prometheus text format): the metric
 * names and labels operators alert on are as much a promise as the HTTP contract.
 */
public final class PrometheusMetrics {

    private PrometheusMetrics() {
    }

    /** The sum of the samples of {@code name} whose labels include every one given, e.g. {@code topic="x"}. */
    public static double total(String metrics, String name, String... labels) {
        return samples(metrics, name, labels).mapToDouble(PrometheusMetrics::value).sum();
    }

    /** Whether any sample of {@code name} has all the given labels, whatever its value. */
    public static boolean present(String metrics, String name, String... labels) {
        return samples(metrics, name, labels).findAny().isPresent();
    }

    public static void assertAtLeastOne(String metrics, String name, String... labels) {
        double total = total(metrics, name, labels);
        assertTrue(total >= 1, name + " " + Arrays.toString(labels) + " is " + total + " in:\n" + metrics);
    }

    private static Stream<String> samples(String metrics, String name, String... labels) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains));
    }

    /** The sample's value: the last field before any exemplar ("... 3.0 # {trace_id=...} 1.0"). */
    private static double value(String line) {
        String sample = line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line;
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }
}
