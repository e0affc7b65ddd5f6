package io.pathfinder.assessment.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class TenantPacerTest {

    private static final String TOPIC = "pathfinder.questionnaire-submitted.v1";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private static final int BATCH = 250;

    /** The pacer's clock, in nanoseconds, moved by the tests. */
    private final AtomicLong now = new AtomicLong();
    private final TenantPacer pacer = new TenantPacer(10_000, now::get);
    /** The next offset of each partition, as the broker would hand them out. */
    private final Map<Integer, Long> nextOffset = new HashMap<>();

    @Test
    void aSmallTenantBehindAnotherTenantsBacklogIsScoredInTheFirstBatch() {
        for (int i = 0; i < 1_000; i++) {
            read(i % 3, "a");
        }
        for (int i = 0; i < 10; i++) {
            read(i % 3, "b");
        }

        List<ConsumerRecord<String, byte[]>> first = pacer.nextBatch(BATCH);

        assertEquals(BATCH, first.size());
        assertEquals(10, count(first, "b"), "all of b's events in the first batch");
        List<ConsumerRecord<String, byte[]>> all = drain();
        all.addAll(0, first);
        assertEquals(1_010, all.size());
        assertEquals(1_010, all.stream().map(TenantPacerTest::position).distinct().count(), "each event once");
    }

    @Test
    void tenantsWithBacklogsShareEachBatchEqually() {
        for (int i = 0; i < 1_000; i++) {
            read(0, "a");
            read(1, "b");
        }
        for (int i = 0; i < 4; i++) {
            read(0, "c");
        }

        List<ConsumerRecord<String, byte[]>> first = pacer.nextBatch(BATCH);

        assertEquals(4, count(first, "c"));
        assertTrue(Math.abs(count(first, "a") - count(first, "b")) <= 1, "a and b share the rest: " + tenants(first));
        List<ConsumerRecord<String, byte[]>> second = pacer.nextBatch(BATCH);
        assertEquals(125, count(second, "a"));
        assertEquals(125, count(second, "b"));
    }

    @Test
    void aTenantAloneGetsWholeBatchesInTheOrderRead() {
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            read.add(read(i % 2, "alone"));
        }

        List<ConsumerRecord<String, byte[]>> batches = new ArrayList<>(pacer.nextBatch(BATCH));
        assertEquals(BATCH, batches.size());
        batches.addAll(drain());

        assertEquals(read, batches);
    }

    @Test
    void theCommitStopsAtTheFirstEventNotFinishedInEachPartition() {
        for (int i = 0; i < 500; i++) {
            read(0, "a");
        }
        for (int i = 0; i < 10; i++) {
            read(0, "b");
        }
        read(1, "a");

        List<ConsumerRecord<String, byte[]>> first = pacer.nextBatch(20);
        pacer.finished(first);

        assertEquals(10, count(first, "b"));
        assertEquals(10, count(first, "a"), "a's first ten, offsets 0 to 9 of partition 0");
        assertEquals(Map.of(P0, new OffsetAndMetadata(10), P1, new OffsetAndMetadata(0)), pacer.committable(),
                "b's events at 500 to 509 are done, yet the commit waits for a's event at 10");

        List<ConsumerRecord<String, byte[]>> rest = drain();
        assertEquals(491, rest.size());
        assertEquals(new OffsetAndMetadata(10), pacer.committable().get(P0), "handed out is not finished");
        pacer.finished(rest);
        assertEquals(Map.of(P0, new OffsetAndMetadata(510), P1, new OffsetAndMetadata(1)), pacer.committable());
    }

    @Test
    void aBatchTriedAgainComesFirstAndHoldsItsPartitionsCommit() {
        for (int i = 0; i < 300; i++) {
            read(0, "a");
        }
        List<ConsumerRecord<String, byte[]>> failed = pacer.nextBatch(BATCH);
        read(0, "b");

        pacer.retry(failed);

        assertEquals(new OffsetAndMetadata(0), pacer.committable().get(P0));
        List<ConsumerRecord<String, byte[]>> again = pacer.nextBatch(BATCH);
        assertEquals(1, count(again, "b"), "b still gets its turn");
        assertEquals(failed.subList(0, BATCH - 1), again.stream().filter(record -> tenant(record).equals("a")).toList(),
                "the failed events first, in their order");
    }

    @Test
    void eventsSetAsideWaitTheirPauseWhileOthersGoOnAndHoldTheirPartitionsCommit() {
        read(0, "waits");
        read(0, "waits");
        read(0, "goes-on");
        List<ConsumerRecord<String, byte[]>> first = pacer.nextBatch(BATCH);
        List<ConsumerRecord<String, byte[]>> waiting = first.stream().filter(record -> tenant(record).equals("waits")).toList();
        pacer.finished(first.stream().filter(record -> !waiting.contains(record)).toList());

        pacer.setAside(waiting, Duration.ofSeconds(1));
        read(0, "goes-on");
        read(0, "waits");

        List<ConsumerRecord<String, byte[]>> meanwhile = pacer.nextBatch(BATCH);
        assertEquals(List.of(3L, 4L), meanwhile.stream().map(ConsumerRecord::offset).toList(),
                "events read since, of either tenant, go on; those set aside do not");
        pacer.finished(meanwhile);
        assertTrue(pacer.nextBatch(BATCH).isEmpty());
        assertFalse(pacer.hasWaiting(), "nothing to hurry the next poll for");
        assertEquals(new OffsetAndMetadata(0), pacer.committable().get(P0), "the commit waits for the events set aside");

        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertTrue(pacer.nextBatch(BATCH).isEmpty(), "not before their pause has passed");
        now.addAndGet(Duration.ofMillis(1).toNanos());
        List<ConsumerRecord<String, byte[]>> again = pacer.nextBatch(BATCH);
        assertEquals(waiting, again);
        pacer.finished(again);
        assertEquals(new OffsetAndMetadata(5), pacer.committable().get(P0));
    }

    @Test
    void eventsSetAsideFromAPartitionGoneAreForgottenAndTheOthersKept() {
        read(0, "a");
        read(1, "a");
        List<ConsumerRecord<String, byte[]>> both = pacer.nextBatch(BATCH);
        pacer.setAside(both, Duration.ofSeconds(1));

        pacer.forget(List.of(P0));
        now.addAndGet(Duration.ofSeconds(1).toNanos());

        List<ConsumerRecord<String, byte[]>> again = pacer.nextBatch(BATCH);
        assertEquals(List.of(1), again.stream().map(ConsumerRecord::partition).toList());
        pacer.finished(again);
        assertEquals(0, pacer.unfinishedCount());
    }

    @Test
    void aPartitionIsFullWithAsManyUnfinishedEventsAsMayBeReadAhead() {
        TenantPacer small = new TenantPacer(3);
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            read.add(record(0, i, "a"));
        }
        read.forEach(small::add);
        small.add(record(1, 0, "a"));

        assertEquals(Set.of(P0), small.full());
        List<ConsumerRecord<String, byte[]>> batch = small.nextBatch(2);
        assertEquals(Set.of(P0), small.full(), "events in a batch are held until finished");
        small.finished(batch);
        assertEquals(Set.of(), small.full());
    }

    @Test
    void aPartitionGoneToAnotherConsumerIsForgottenWithItsEvents() {
        for (int i = 0; i < 5; i++) {
            read(0, "a");
            read(1, "b");
        }

        pacer.forget(List.of(P0));

        List<ConsumerRecord<String, byte[]>> left = drain();
        assertEquals(5, left.size());
        assertTrue(left.stream().allMatch(record -> record.partition() == 1));
        assertEquals(Set.of(P1), pacer.committable().keySet(), "nothing committed for a partition no longer owned");
        pacer.finished(left);
        assertEquals(0, pacer.unfinishedCount());
        assertFalse(pacer.hasWaiting());
    }

    @Test
    void eventsWithoutATenantHeaderShareOneTurn() {
        for (int i = 0; i < 100; i++) {
            read(0, null);
        }
        read(0, "b");

        List<ConsumerRecord<String, byte[]>> first = pacer.nextBatch(4);

        assertEquals(1, count(first, "b"));
        assertEquals(3, count(first, TenantPacer.NO_TENANT));
    }

    private ConsumerRecord<String, byte[]> read(int partition, String tenant) {
        long offset = nextOffset.merge(partition, 1L, Long::sum) - 1;
        ConsumerRecord<String, byte[]> record = record(partition, offset, tenant);
        pacer.add(record);
        return record;
    }

    private static ConsumerRecord<String, byte[]> record(int partition, long offset, String tenant) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, partition, offset, "key-" + offset, new byte[0]);
        if (tenant != null) {
            record.headers().add(ScoringEvents.TENANT_HEADER, tenant.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /** Every batch left, finished as handed out. */
    private List<ConsumerRecord<String, byte[]>> drain() {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        for (List<ConsumerRecord<String, byte[]>> batch = pacer.nextBatch(BATCH); !batch.isEmpty(); batch = pacer.nextBatch(BATCH)) {
            all.addAll(batch);
        }
        return all;
    }

    private static long count(List<ConsumerRecord<String, byte[]>> batch, String tenant) {
        return batch.stream().filter(record -> tenant(record).equals(tenant)).count();
    }

    private static Map<String, Long> tenants(List<ConsumerRecord<String, byte[]>> batch) {
        return batch.stream().collect(Collectors.groupingBy(TenantPacerTest::tenant, Collectors.counting()));
    }

    private static String tenant(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(ScoringEvents.TENANT_HEADER);
        return header == null ? TenantPacer.NO_TENANT : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String position(ConsumerRecord<String, byte[]> record) {
        return record.partition() + ":" + record.offset();
    }
}
