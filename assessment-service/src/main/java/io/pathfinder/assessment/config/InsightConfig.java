package io.pathfinder.assessment.config;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;

/** Outcome feedback and the cohort insight. */
@ConfigMapping(prefix = "pathfinder.insight")
public interface InsightConfig {

    /** The consumer group that records outcomes reported on Kafka. */
    String outcomeGroup();

    /** The consumer group that materialises the cohort insight from the results; its own, so it can be replayed. */
    String cohortGroup();

    /** Fewest people a shown count (a cohort cell, an evaluation breakdown) may stand for. */
    @Min(1)
    int minimumGroup();
}
