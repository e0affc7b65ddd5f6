package io.pathfinder.assessment.scoring;

import java.util.Map;
import java.util.Set;

/**
 * The questionnaire answers scoring reads, keyed by the same slugs as the answers JSON so that every
 * explanation can point back at the answer it came from ({@code "enjoyment/software-engineering"}).
 * Missing ratings count as 0. The engine validates slugs and ranges, see {@link UnscorableAnswersException}.
 */
public record Answers(String currentRole, Map<String, Integer> skills, Map<String, Integer> enjoyment,
                      Set<String> painPoints, Map<String, Integer> priorities, Constraints constraints,
                      Set<String> specialisationInterests) {

    public Answers {
        skills = skills == null ? Map.of() : Map.copyOf(skills);
        enjoyment = enjoyment == null ? Map.of() : Map.copyOf(enjoyment);
        painPoints = painPoints == null ? Set.of() : Set.copyOf(painPoints);
        priorities = priorities == null ? Map.of() : Map.copyOf(priorities);
        specialisationInterests = specialisationInterests == null ? Set.of() : Set.copyOf(specialisationInterests);
    }

    /**
     * @param monthsToUpskill months one is willing to spend learning, 0-60
     * @param riskTolerance   a {@link Risk} slug
     */
    public record Constraints(int monthsToUpskill, boolean openToChangingCompany, boolean openToManagingPeople,
                              String riskTolerance, boolean internalMoveAvailable, boolean mayReturnToDataScience) {
    }
}
