package io.pathfinder.assessment.scoring;

import java.util.List;

/**
 * One reachable path, explained.
 *
 * @param score              0-100, exactly the sum of the factors' points
 * @param factors            skill-fit, interest-fit, motivation-fit and feasibility, in that order
 * @param skillGaps          requirements not yet met, the one whose closing raises the score most first
 * @param learnFirst         skill slugs of the gaps, the one that raises the score most per month of learning first
 * @param transferableSkills names of the skills that carry over and that one already has at the level the target needs
 * @param nextSteps          prerequisites of the path, the first gaps to learn, and the option's first steps
 */
public record Recommendation(int rank, String path, String option, String targetRole, String targetTitle,
                             double score, String rationale, List<FactorContribution> factors,
                             List<SkillGap> skillGaps, List<String> learnFirst, List<String> transferableSkills,
                             List<String> nextSteps) {
    public Recommendation {
        factors = List.copyOf(factors);
        skillGaps = List.copyOf(skillGaps);
        learnFirst = List.copyOf(learnFirst);
        transferableSkills = List.copyOf(transferableSkills);
        nextSteps = List.copyOf(nextSteps);
    }
}
