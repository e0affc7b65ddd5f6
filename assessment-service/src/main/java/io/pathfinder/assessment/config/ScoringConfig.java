package io.pathfinder.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "pathfinder.scoring")
public interface ScoringConfig {

    /** How many recommendations a result lists in full. */
    @WithDefault("10")
    int topN();

    /** The consumer group all instances share. */
    String group();

    Batch batch();

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

        /** Most events scored, stored and published together. */
        @WithDefault("500")
        int maxRecords();

        /**
         * How long a poll waits for the first events of a batch: a batch is what has arrived by then,
         * so under load it fills up to maxRecords while the previous one is being scored.
         */
        @WithDefault("PT0.1S")
        Duration maxWait();
    }
}
