package io.pathfinder.assessment.scoring;

/**
 * @param answer pointer to the answer that drove this effect, e.g. {@code enjoyment/software-engineering},
 *               {@code painPoints/vague-success}, {@code constraints/monthsToUpskill}
 * @param points signed effect on the score, to one decimal
 * @param text   the effect in a sentence
 */
public record Reason(String answer, double points, String text) {
}
