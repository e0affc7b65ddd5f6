package io.pathfinder.assessment.scoring;

/** How well one transition option suits a person: the score of its best reachable path. */
public record OptionRanking(int rank, String option, String bestPath, double score) {
}
