package io.pathfinder.e2e;

import static io.pathfinder.e2e.ScoringTraffic.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The scoring pipeline under the faults it will meet: the service killed with SIGKILL in the middle
 * of a burst or while the burst waits for its catalogue, the broker and the database stopped for a while,
 * one of three instances killed, poison among good events. Each case sends 5,000 questionnaires (the wait
 * for a catalogue 1,000) under a tenant of its own, then checks
 * that every one is scored exactly once in the database, that every result published for an
 * assessment is the same record (one eventId), that nothing is left uncommitted on any partition, and
 * what reached the dead-letter topic. Each case prints what it measured.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoringPipelineFaultsIT {

    private static final int EVENTS = 5_000;
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration SETTLE = Duration.ofMinutes(4);

    private PipelineStack stack;
    private ServiceProcess assessment;
    private ScoringTraffic traffic;

    @BeforeAll
    void startStack() {
        stack = PipelineStack.start(RunningStack.buildDir().resolve("faults-" + Instant.now().toEpochMilli()));
        assessment = stack.startAssessment();
        traffic = new ScoringTraffic(stack.bootstrapServers(), stack.jdbcUrl());
    }

    @AfterAll
    void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void killedWithSigkillMidStreamAndRestartedItScoresEverythingOnce() {
        Burst burst = Burst.of("fault-kill");
        traffic.produce(burst.records());
        Instant start = Instant.now();
        awaitScored(burst, EVENTS * 3 / 10);

        int scoredAtKill = scored(burst);
        assessment.kill();
        Instant killed = Instant.now();
        assessment = stack.startAssessment();
        Duration restart = Duration.between(killed, Instant.now());

        Outcome outcome = settle(burst);
        report("SIGKILL mid-stream", burst, outcome, start,
                "killed with %d of %d scored; restarted and ready in %.1f s; all scored %.1f s after the kill"
                        .formatted(scoredAtKill, EVENTS, seconds(restart), seconds(Duration.between(killed, outcome.settled()))));
        assertEquals(0, outcome.deadLetters(), "nothing dead-lettered");
        // The cohort consumer was killed with the rest, in the middle of the results: each one lands in the
        // insight once, and its group commits them all.
        await("the cohort insight to hold the burst and its group's lag to reach 0", SETTLE,
                () -> traffic.inCohortInsight(burst.tenant()) >= EVENTS
                        && traffic.lag(ScoringTraffic.COHORT_GROUP, ScoringTraffic.SCORED) == 0);
        assertEquals(EVENTS, traffic.inCohortInsight(burst.tenant()), "every result in the cohort insight, none lost");
    }

    @Test
    void theBrokerStoppedForTenSecondsLosesNothing() {
        Burst burst = Burst.of("fault-broker");
        traffic.produce(burst.records());
        Instant start = Instant.now();
        awaitScored(burst, EVENTS * 3 / 10);

        int scoredAtStop = scored(burst);
        stack.stopBroker();
        ServiceProcess.sleep(OUTAGE);
        int scoredDuringOutage = scored(burst) - scoredAtStop;
        stack.startBroker();
        Instant restarted = Instant.now();

        Outcome outcome = settle(burst);
        report("broker stopped " + OUTAGE.toSeconds() + " s", burst, outcome, start,
                "stopped with %d scored; %d more stored while it was away (their results waited); all scored %.1f s after it came back"
                        .formatted(scoredAtStop, scoredDuringOutage, seconds(Duration.between(restarted, outcome.settled()))));
        assertEquals(0, outcome.deadLetters(), "nothing dead-lettered");
    }

    @Test
    void postgresStoppedForTenSecondsLosesNothingAndDeadLettersNothing() {
        Burst burst = Burst.of("fault-postgres");
        traffic.produce(burst.records());
        Instant start = Instant.now();
        awaitScored(burst, EVENTS * 3 / 10);

        int scoredAtStop = scored(burst);
        stack.stopDatabase();
        ServiceProcess.sleep(OUTAGE);
        stack.startDatabase();
        Instant restarted = Instant.now();

        Outcome outcome = settle(burst);
        report("PostgreSQL stopped " + OUTAGE.toSeconds() + " s", burst, outcome, start,
                "stopped with %d scored; all scored %.1f s after it came back"
                        .formatted(scoredAtStop, seconds(Duration.between(restarted, outcome.settled()))));
        assertEquals(0, outcome.deadLetters(), "a database away is waited out, never dead-lettered");
    }

    @Test
    void oneOfThreeInstancesKilledWithSigkillLosesNothing() {
        ServiceProcess second = stack.startAssessment();
        ServiceProcess third = stack.startAssessment();
        try {
            Burst burst = Burst.of("fault-instances");
            traffic.produce(burst.records());
            Instant start = Instant.now();
            awaitScored(burst, EVENTS * 3 / 10);

            int scoredAtKill = scored(burst);
            second.kill();
            Instant killed = Instant.now();

            Outcome outcome = settle(burst);
            report("3 instances, one SIGKILLed", burst, outcome, start,
                    "killed one with %d scored; the other two scored the rest %.1f s after the kill"
                            .formatted(scoredAtKill, seconds(Duration.between(killed, outcome.settled()))));
            assertEquals(0, outcome.deadLetters(), "nothing dead-lettered");
        } finally {
            third.stop();
        }
    }

    /**
     * A tenant scored on a catalogue nobody has published yet: its events are read and set aside, neither scored,
     * dead-lettered nor committed past, through a SIGKILL, until the catalogue is imported; then each is scored
     * once, on that catalogue.
     */
    @Test
    void eventsWaitingForTheirCatalogueOutliveASigkillAndAreScoredOnceItArrives() throws Exception {
        // Fewer events than the other cases: what is tested is that they wait, not how fast they are scored.
        Burst burst = Burst.withTenant("waiting" + UUID.randomUUID().toString().substring(0, 8), EVENTS / 5);
        Map<String, String> scoredOnLater = Map.of("PATHFINDER_CATALOGS_TENANTS_" + burst.tenant().toUpperCase(), "later");
        // Every instance of the group must know the tenant's catalogue: the others would score it on the default.
        assessment.stop();
        ServiceProcess waiting = stack.launchAssessment(scoredOnLater);
        traffic.produce(burst.records());
        Instant start = Instant.now();

        double heldAtKill = awaitSetAside(waiting, burst);
        waiting.kill();
        Instant killed = Instant.now();
        waiting = stack.launchAssessment(scoredOnLater);
        double heldAfterRestart = awaitSetAside(waiting, burst);
        Duration heldAgain = Duration.between(killed, Instant.now());

        stack.startCatalog(Map.of("PATHFINDER_CATALOG_IMPORTS_LATER", "catalog/default-catalog.json"));
        Instant imported = Instant.now();
        waiting.awaitReady();
        assessment = waiting;
        Outcome outcome = settle(burst);
        report("catalogue awaited, SIGKILL", burst, outcome, start,
                ("%.0f held at the kill, %.0f again %.1f s after it; the catalogue imported %.1f s after the kill, all "
                        + "scored %.1f s after that").formatted(heldAtKill, heldAfterRestart,
                        seconds(heldAgain), seconds(Duration.between(killed, imported)),
                        seconds(Duration.between(imported, outcome.settled()))));
        assertEquals(0, outcome.deadLetters(), "waiting for a catalogue is not a failure");
        HttpResponse<String> read = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(waiting.url() + "/assessments/" + burst.ids().get(0)))
                        .header("Authorization", "Bearer " + RunningStack.mintToken("tenant", burst.tenant())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("later", readTree(read.body()).at("/result/catalog").asText(), "scored on the tenant's catalogue");
    }

    /** Waits until the instance holds the burst's events, then checks none of them was scored or committed past. */
    private double awaitSetAside(ServiceProcess instance, Burst burst) {
        instance.awaitLive();
        await("the burst read and set aside by " + instance.name(), SETTLE,
                () -> instance.gauge("pathfinder_scoring_events_held") >= burst.size());
        double held = instance.gauge("pathfinder_scoring_events_held");
        Map<String, Integer> completed = traffic.statuses(burst.tenant());
        completed.remove("PENDING");
        assertEquals(Map.of(), completed, "none scored or failed without its catalogue");
        assertEquals(burst.size(), traffic.scoringLag(), "none committed past");
        assertEquals(0, traffic.readAll(ScoringTraffic.DEAD_LETTER, burst.keys()).size(), "none dead-lettered");
        return held;
    }

    @Test
    void exactlyTheHundredPoisonEventsAmongABurstReachTheDeadLetterTopicEachWithItsReason() {
        Burst burst = Burst.of("fault-poison");
        Map<String, String> poison = new HashMap<>();
        List<ProducerRecord<String, String>> records = new ArrayList<>(burst.records());
        Random random = new Random(42);
        for (int i = 0; i < 100; i++) {
            ProducerRecord<String, String> bad = poisonEvent(i, burst.tenant());
            poison.put(bad.key(), expectedReason(i));
            records.add(random.nextInt(records.size()), bad);
        }
        traffic.produce(records);
        Instant start = Instant.now();

        Outcome outcome = settle(burst, (int) poison.values().stream().filter("unscorable"::equals).count());
        List<ConsumerRecord<String, String>> deadLetters = traffic.readAll(ScoringTraffic.DEAD_LETTER, poison.keySet());
        report("100 poison among %,d".formatted(EVENTS), burst, outcome, start, deadLetters.size() + " dead letters: "
                + deadLetters.stream().collect(Collectors.groupingBy(r -> header(r, "dead-letter-reason"), Collectors.counting())));
        assertEquals(poison.size(), deadLetters.size(), "each poison event once on the dead-letter topic");
        assertEquals(poison.keySet(), deadLetters.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
        deadLetters.forEach(dead -> {
            assertEquals(poison.get(dead.key()), header(dead, "dead-letter-reason"), "the reason of " + dead.key());
            assertTrue(header(dead, "dead-letter-cause") != null && !header(dead, "dead-letter-cause").isBlank());
        });
        assertEquals(0, outcome.deadLetters(), "no good event dead-lettered");
    }

    /** Five kinds of poison, twenty of each: each record has a key of its own. */
    private static ProducerRecord<String, String> poisonEvent(int i, String tenant) {
        UUID id = UUID.randomUUID();
        ObjectNode event = (ObjectNode) readTree(ScoringTraffic.questionnaire(id, tenant).value());
        return switch (i % 5) {
            case 0 -> ScoringTraffic.record("poison-" + id, "{ not json " + i, tenant);
            case 1 -> ScoringTraffic.record(id.toString(), event.without("answers").toString(), tenant);
            case 2 -> ScoringTraffic.record("poison-" + id, event.toString(), tenant);
            case 3 -> ScoringTraffic.record(id.toString(), event.toString(), "another-" + tenant);
            default -> {
                ((ObjectNode) event.get("answers")).put("currentRole", "astronaut");
                yield ScoringTraffic.record(id.toString(), event.toString(), tenant);
            }
        };
    }

    private static String expectedReason(int i) {
        return switch (i % 5) {
            case 0, 1, 2 -> "malformed";
            case 3 -> "tenant-mismatch";
            default -> "unscorable";
        };
    }

    /** One case's questionnaires, under a tenant of its own. */
    private record Burst(String tenant, List<UUID> ids) {
        static Burst of(String name) {
            return withTenant(name + "-" + UUID.randomUUID().toString().substring(0, 8), EVENTS);
        }

        static Burst withTenant(String tenant, int events) {
            return new Burst(tenant, Stream.generate(UUID::randomUUID).limit(events).toList());
        }

        int size() {
            return ids.size();
        }

        List<ProducerRecord<String, String>> records() {
            return ids.stream().map(id -> ScoringTraffic.questionnaire(id, tenant)).toList();
        }

        Set<String> keys() {
            return ids.stream().map(UUID::toString).collect(Collectors.toSet());
        }
    }

    /** What a burst came to once the pipeline settled. */
    private record Outcome(Instant settled, int results, int deadLetters) {
    }

    /**
     * Waits until every assessment of the burst is scored and the group has committed every offset,
     * then checks what was published: for each assessment, every result record is the same one, and
     * it carries the completion time stored, so it was scored once.
     */
    private Outcome settle(Burst burst) {
        return settle(burst, 0);
    }

    private Outcome settle(Burst burst, int failed) {
        await(burst.size() + " scored for " + burst.tenant(), SETTLE, () -> scored(burst) == burst.size());
        await("the scoring group's lag to reach 0", SETTLE, () -> traffic.scoringLag() == 0);
        Instant settled = Instant.now();
        assertEquals(failed == 0 ? Map.of("SCORED", burst.size()) : Map.of("SCORED", burst.size(), "FAILED", failed),
                traffic.statuses(burst.tenant()), "every assessment scored; only unscorable ones failed");

        Map<String, List<ConsumerRecord<String, String>>> results = traffic.readAll(ScoringTraffic.SCORED, burst.keys())
                .stream().collect(Collectors.groupingBy(ConsumerRecord::key));
        assertEquals(burst.keys(), results.keySet(), "a result for every assessment");
        Map<UUID, Instant> completedAt = traffic.completedAt(burst.tenant());
        results.forEach((key, records) -> {
            Set<String> distinct = records.stream().map(ConsumerRecord::value).collect(Collectors.toSet());
            assertEquals(1, distinct.size(), "every result published for " + key + " is the same record, one eventId");
            JsonNode result = readTree(distinct.iterator().next());
            assertEquals(completedAt.get(UUID.fromString(key)), OffsetDateTime.parse(result.get("scoredAt").asText()).toInstant(),
                    "the result of " + key + " is the one stored: it was scored once");
        });
        int deadLetters = traffic.readAll(ScoringTraffic.DEAD_LETTER, burst.keys()).size();
        return new Outcome(settled, results.values().stream().mapToInt(List::size).sum(), deadLetters);
    }

    private void awaitScored(Burst burst, int atLeast) {
        await(atLeast + " scored for " + burst.tenant(), SETTLE, () -> scored(burst) >= atLeast);
    }

    private int scored(Burst burst) {
        return traffic.statuses(burst.tenant()).getOrDefault("SCORED", 0);
    }

    private static void report(String fault, Burst burst, Outcome outcome, Instant start, String details) {
        System.out.printf("FAULT %-28s %d questionnaires scored once each in %.1f s; %s; %d result records for %d assessments "
                        + "(%d republished, same eventId); %d dead letters for them; scoring group lag 0%n",
                fault, burst.size(), seconds(Duration.between(start, outcome.settled())), details, outcome.results(),
                burst.size(), outcome.results() - burst.size(), outcome.deadLetters());
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode readTree(String json) {
        try {
            return ScoringTraffic.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
