package io.pathfinder.assessment.scoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Questionnaire answers for tests, with middle-of-the-road constraints unless a test says otherwise. */
final class AnswersBuilder {

    private final String currentRole;
    private final Map<String, Integer> skills = new HashMap<>();
    private final Map<String, Integer> enjoyment = new HashMap<>();
    private final Set<String> painPoints = new HashSet<>();
    private final Map<String, Integer> priorities = new HashMap<>();
    private final Set<String> specialisationInterests = new HashSet<>();
    private int monthsToUpskill = 6;
    private boolean openToChangingCompany = true;
    private boolean openToManagingPeople;
    private String riskTolerance = "medium";
    private boolean internalMoveAvailable = true;
    private boolean mayReturnToDataScience;

    private AnswersBuilder(String currentRole) {
        this.currentRole = currentRole;
    }

    static AnswersBuilder currentRole(String role) {
        return new AnswersBuilder(role);
    }

    AnswersBuilder skill(String skill, int level) {
        skills.put(skill, level);
        return this;
    }

    AnswersBuilder enjoys(String activity, int level) {
        enjoyment.put(activity, level);
        return this;
    }

    AnswersBuilder suffers(String... pains) {
        painPoints.addAll(Set.of(pains));
        return this;
    }

    AnswersBuilder weighs(String priority, int weight) {
        priorities.put(priority, weight);
        return this;
    }

    AnswersBuilder drawnTo(String... specialisations) {
        specialisationInterests.addAll(Set.of(specialisations));
        return this;
    }

    AnswersBuilder monthsToUpskill(int months) {
        monthsToUpskill = months;
        return this;
    }

    AnswersBuilder openToChangingCompany(boolean open) {
        openToChangingCompany = open;
        return this;
    }

    AnswersBuilder openToManagingPeople(boolean open) {
        openToManagingPeople = open;
        return this;
    }

    AnswersBuilder riskTolerance(String tolerance) {
        riskTolerance = tolerance;
        return this;
    }

    AnswersBuilder internalMoveAvailable(boolean available) {
        internalMoveAvailable = available;
        return this;
    }

    AnswersBuilder mayReturnToDataScience(boolean mayReturn) {
        mayReturnToDataScience = mayReturn;
        return this;
    }

    Answers build() {
        return new Answers(currentRole, skills, enjoyment, painPoints, priorities,
                new Answers.Constraints(monthsToUpskill, openToChangingCompany, openToManagingPeople, riskTolerance,
                        internalMoveAvailable, mayReturnToDataScience),
                specialisationInterests);
    }
}
