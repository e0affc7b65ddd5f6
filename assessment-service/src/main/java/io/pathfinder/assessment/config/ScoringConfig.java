package io.pathfinder.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "pathfinder.scoring")
public interface ScoringConfig {

    /** How many recommendations a result lists in full. */
    @WithDefault("10")
    int topN();

    /** First pause before a transient failure (database down, no catalogue yet) is retried. */
    @WithDefault("PT0.2S")
    Duration retryBackoff();

    /** Longest pause between retries of a transient failure. */
    @WithDefault("PT10S")
    Duration maxRetryBackoff();
}
