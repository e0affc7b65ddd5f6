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

    /** First pause before a transient failure (database down, no catalogue yet) is retried. */
    @WithDefault("PT0.2S")
    Duration retryBackoff();

    /** Longest pause between retries of a transient failure. */
    @WithDefault("PT10S")
    Duration maxRetryBackoff();
}
