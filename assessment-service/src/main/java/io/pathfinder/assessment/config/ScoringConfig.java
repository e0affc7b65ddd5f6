package io.pathfinder.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

@ConfigMapping(prefix = "pathfinder.scoring")
public interface ScoringConfig {

    /** How many recommendations a result lists in full; the contract lets a result list at most 100. */
    @WithDefault("10")
    @Min(0)
    @Max(100)
    int topN();

    /** The consumer group all instances share. */
    String group();

    /**
     * Consumers of the group in each instance, each on a thread of its own with partitions of its
     * own: while one waits for the database or the broker, another scores.
     */
    @Min(1)
    int consumers();

    Batch batch();

    /**
     * Events each consumer reads ahead per partition, beyond those it scores: in every batch the tenants
     * with events waiting take turns, so a tenant's backlog of up to this many per partition cannot hold
     * up the events of others behind it. Each waits in memory until it is scored (an event is about a
     * kilobyte): 1,000 over the topic's 12 partitions is about 15 MB at most per instance.
     */
    @Min(1)
    int readAhead();

    /**
     * How long the group waits for a consumer that stopped heartbeating (killed, cut off) before its
     * partitions go to the others: as long as its partitions are not scored at all.
     */
    @WithDefault("PT10S")
    Duration sessionTimeout();

    /**
     * How often an event that fails for no known reason (neither malformed, unscorable nor a
     * dependency being away) is tried before it is dead-lettered as exhausted.
     */
    @WithDefault("5")
    int attempts();

    /** First pause after a failure; it doubles with each failure in a row. */
    @WithDefault("PT0.2S")
    Duration retryBackoff();

    /** Longest pause between two tries. */
    @WithDefault("PT10S")
    Duration maxRetryBackoff();

    interface Batch {

        /**
         * Most events scored, stored and published together. A batch's results are in memory at once (about
         * 60 KB each for the default catalogue; each event is sealed and written only as it is sent), so this
         * bounds the heap a batch takes: about 15 MB per consumer at the default.
         */
        @WithDefault("250")
        int maxRecords();

        /**
         * How long a poll waits for the first events of a batch: a batch is what has arrived by then,
         * so under load it fills up to maxRecords while the previous one is being scored.
         */
        @WithDefault("PT0.1S")
        Duration maxWait();
    }
}
