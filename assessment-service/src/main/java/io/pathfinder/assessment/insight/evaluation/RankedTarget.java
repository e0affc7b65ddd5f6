package io.pathfinder.assessment.insight.evaluation;

/** One recommendation as the person was given it: its rank, its option and the role it leads to. */
public record RankedTarget(int rank, String option, String targetRole) {
}
