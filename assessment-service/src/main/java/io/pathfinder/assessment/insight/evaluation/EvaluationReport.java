package io.pathfinder.assessment.insight.evaluation;

import java.util.List;

/**
 * The model measured on recorded moves. Hit rates and the mean reciprocal rank are shares from 0 to 1;
 * a move to a role that was not recommended is a miss with reciprocal rank 0.
 */
public record EvaluationReport(Group overall, List<Group> byOption, List<Group> byModelVersion,
                               List<SatisfactionAtRank> satisfactionByRank) {

    public record Group(String group, long moves, double hitAt1, double hitAt3, double meanReciprocalRank) {
    }

    /** Satisfaction of the moves to the role ranked {@code rank}; rank null for roles not recommended. */
    public record SatisfactionAtRank(Integer rank, long moves, double meanSatisfaction) {
    }
}
