package io.pathfinder.assessment.scoring;

/**
 * A requirement of the target role one does not meet yet.
 *
 * @param scoreGain     how many points the recommendation's score rises once the gap is closed
 * @param monthsToClose (required - current level) x the skill's months of learning per level
 * @param gainPerMonth  scoreGain / monthsToClose
 */
public record SkillGap(String skill, String name, int currentLevel, int requiredLevel, int importance,
                       double scoreGain, double monthsToClose, double gainPerMonth) {
}
