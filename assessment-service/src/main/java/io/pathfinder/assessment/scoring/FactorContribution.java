package io.pathfinder.assessment.scoring;

import java.util.List;

/**
 * What one factor adds to a recommendation's score.
 *
 * @param factor  skill-fit, interest-fit, motivation-fit or feasibility
 * @param weight  the most points the factor can add
 * @param fit     how well the path does on this factor, 0-1
 * @param points  weight x fit, to one decimal; the score is the sum of the factors' points
 * @param reasons the answers behind the points, largest effect first; their points add up to this factor's points
 */
public record FactorContribution(String factor, double weight, double fit, double points, List<Reason> reasons) {
    public FactorContribution {
        reasons = List.copyOf(reasons);
    }
}
