package io.pathfinder.assessment.scoring;

import java.util.List;

/**
 * @param recommendations the best reachable paths, best first, fully explained
 * @param options         every option with a reachable path, ranked by the score of its best path
 */
public record ScoringResult(String modelVersion, long catalogueVersion, List<Recommendation> recommendations,
                            List<OptionRanking> options) {
    public ScoringResult {
        recommendations = List.copyOf(recommendations);
        options = List.copyOf(options);
    }
}
