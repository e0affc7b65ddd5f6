package io.pathfinder.assessment.insight.evaluation;

import java.util.Comparator;
import java.util.List;

/**
 * A person's recorded move, beside the recommendations they had been given (by the model version that
 * ranked them): the evaluation's unit.
 */
public record Move(String modelVersion, List<RankedTarget> recommendations, String movedTo, int satisfaction) {

    public Move {
        recommendations = recommendations.stream().sorted(Comparator.comparingInt(RankedTarget::rank)).toList();
    }

    /** The first recommendation leading to the role moved to, or null when none did. */
    public RankedTarget hit() {
        return recommendations.stream().filter(target -> target.targetRole().equals(movedTo)).findFirst().orElse(null);
    }
}
