package io.pathfinder.assessment.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * The events one scoring consumer has read and not finished, handed out in batches in which the tenants
 * take turns: one event of each tenant with events waiting, then the next of each, until the batch is full.
 * A tenant alone gets whole batches; a tenant with a backlog gets an equal share of each batch beside the
 * others, whose events so overtake the backlog ahead of them in their partitions.
 *
 * <p>Events are read ahead, up to a bound per partition, so that there is something to take turns with.
 * The offset to commit for a partition is its low watermark, the first offset not finished: an event
 * still waiting holds back the commit of those after it, so a crash loses none of them, and replays
 * those already finished past it (harmless: a stored result is republished unchanged).
 *
 * <p>Events that cannot be scored for a while (their tenant's catalogue is not held yet) are set aside until a
 * given time and then wait for their turn again; the others go on meanwhile. Set aside, they stay unfinished.
 *
 * <p>Not thread-safe: each consumer has its own.
 */
final class TenantPacer {

    /** The turn of events without a tenant header: they share one. */
    static final String NO_TENANT = "";

    private final int readAheadPerPartition;
    /** Tenants with events waiting, in the order of their turns. */
    private final Deque<String> turns = new ArrayDeque<>();
    /** Each waiting tenant's events, in the order read (offset order within a partition). */
    private final Map<String, Deque<ConsumerRecord<String, byte[]>>> waiting = new HashMap<>();
    /** Offsets read and not finished, waiting or in a batch, by partition. */
    private final Map<TopicPartition, NavigableSet<Long>> unfinished = new HashMap<>();
    /** The offset after the last one read, by partition: the watermark once all read are finished. */
    private final Map<TopicPartition, Long> readUpTo = new HashMap<>();
    /** Events set aside, each group with the time it is due back. */
    private final List<SetAside> setAside = new ArrayList<>();
    private final LongSupplier nanoClock;

    private record SetAside(long dueNanos, List<ConsumerRecord<String, byte[]>> records) {
    }

    TenantPacer(int readAheadPerPartition) {
        this(readAheadPerPartition, System::nanoTime);
    }

    TenantPacer(int readAheadPerPartition, LongSupplier nanoClock) {
        this.readAheadPerPartition = readAheadPerPartition;
        this.nanoClock = nanoClock;
    }

    /** An event read, to wait for its tenant's turn. */
    void add(ConsumerRecord<String, byte[]> record) {
        TopicPartition partition = partition(record);
        unfinished.computeIfAbsent(partition, p -> new TreeSet<>()).add(record.offset());
        readUpTo.merge(partition, record.offset() + 1, Math::max);
        queueOf(tenant(record), false).addLast(record);
    }

    /** The next batch, at most maxRecords events, the waiting tenants taking turns; empty when none wait. */
    List<ConsumerRecord<String, byte[]>> nextBatch(int maxRecords) {
        long now = nanoClock.getAsLong();
        setAside.removeIf(aside -> {
            boolean due = now - aside.dueNanos() >= 0;
            if (due) {
                retry(aside.records());
            }
            return due;
        });
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        while (batch.size() < maxRecords && !turns.isEmpty()) {
            String tenant = turns.pollFirst();
            Deque<ConsumerRecord<String, byte[]>> queue = waiting.get(tenant);
            batch.add(queue.pollFirst());
            if (queue.isEmpty()) {
                waiting.remove(tenant);
            } else {
                turns.addLast(tenant);
            }
        }
        return batch;
    }

    /** Events of a batch that are done with: scored, dead-lettered or given up on. */
    void finished(Collection<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            NavigableSet<Long> offsets = unfinished.get(partition(record));
            if (offsets != null) {
                offsets.remove(record.offset());
            }
        }
    }

    /** Events of a batch to be tried again: first of their tenants' events, their tenants first in turn if not waiting. */
    void retry(List<ConsumerRecord<String, byte[]>> records) {
        for (int i = records.size() - 1; i >= 0; i--) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            if (unfinished.containsKey(partition(record))) {
                queueOf(tenant(record), true).addFirst(record);
            }
        }
    }

    /**
     * Events of a batch not to be tried again before {@code pause} has passed (at least once events are read or
     * taken again): they keep their place among the unfinished, and leave their tenants' turns to the others.
     */
    void setAside(List<ConsumerRecord<String, byte[]>> records, Duration pause) {
        if (!records.isEmpty()) {
            setAside.add(new SetAside(nanoClock.getAsLong() + pause.toNanos(), List.copyOf(records)));
        }
    }

    /** Drops what was read from partitions this consumer no longer owns: their next owner reads them from the last commit. */
    void forget(Collection<TopicPartition> partitions) {
        Set<TopicPartition> gone = Set.copyOf(partitions);
        setAside.replaceAll(aside -> new SetAside(aside.dueNanos(),
                aside.records().stream().filter(record -> !gone.contains(partition(record))).toList()));
        setAside.removeIf(aside -> aside.records().isEmpty());
        unfinished.keySet().removeAll(gone);
        readUpTo.keySet().removeAll(gone);
        waiting.values().forEach(queue -> queue.removeIf(record -> gone.contains(partition(record))));
        waiting.values().removeIf(Deque::isEmpty);
        turns.removeIf(tenant -> !waiting.containsKey(tenant));
    }

    /** For each partition read from, the offset to commit: the first not finished, or the one after the last read. */
    Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        readUpTo.forEach((partition, next) -> {
            NavigableSet<Long> open = unfinished.get(partition);
            offsets.put(partition, new OffsetAndMetadata(open.isEmpty() ? next : open.first()));
        });
        return offsets;
    }

    /** Partitions with as many unfinished events as may be read ahead: not to be read from until some are done. */
    Set<TopicPartition> full() {
        return unfinished.entrySet().stream()
                .filter(entry -> entry.getValue().size() >= readAheadPerPartition)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    boolean hasWaiting() {
        return !turns.isEmpty();
    }

    /** Events read and not finished, in all partitions: those this consumer holds in memory. */
    int unfinishedCount() {
        return unfinished.values().stream().mapToInt(Set::size).sum();
    }

    private Deque<ConsumerRecord<String, byte[]>> queueOf(String tenant, boolean firstInTurn) {
        return waiting.computeIfAbsent(tenant, newlyWaiting -> {
            if (firstInTurn) {
                turns.addFirst(newlyWaiting);
            } else {
                turns.addLast(newlyWaiting);
            }
            return new ArrayDeque<>();
        });
    }

    /**
     * The tenant the event's header names. A header naming another tenant than the payload gets the event
     * dead-lettered, so it buys its producer nothing; events without one share a turn.
     */
    private static String tenant(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(ScoringEvents.TENANT_HEADER);
        return header == null ? NO_TENANT : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static TopicPartition partition(ConsumerRecord<?, ?> record) {
        return new TopicPartition(record.topic(), record.partition());
    }
}
