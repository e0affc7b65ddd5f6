package io.pathfinder.assessment.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Re-scores a person's answers with some of them changed and tells, path by path and factor by factor, what moved.
 * Both sides are scored by the same engine, so they share the model and catalogue versions; the side before the
 * changes is therefore exactly the result stored for the answers when it was scored with those versions.
 */
public final class WhatIf {

    private final ScoringEngine engine;

    public WhatIf(ScoringEngine engine) {
        this.engine = engine;
    }

    /**
     * Answers to change: new self-ratings for skills, new weights for priorities, and constraints. Null or empty
     * parts change nothing.
     */
    public record Changes(Map<String, Integer> skills, Map<String, Integer> priorities, ConstraintChanges constraints) {
        public Changes {
            skills = skills == null ? Map.of() : Map.copyOf(skills);
            priorities = priorities == null ? Map.of() : Map.copyOf(priorities);
        }
    }

    /** Constraints to change; null fields stay as answered. */
    public record ConstraintChanges(Integer monthsToUpskill, Boolean openToChangingCompany,
                                    Boolean openToManagingPeople, String riskTolerance, Boolean internalMoveAvailable,
                                    Boolean mayReturnToDataScience) {
    }

    /**
     * @param changes the answers that differ, each with its value before and after
     * @param paths   every path out of the current role, in its new rank order
     * @param options every option with a reachable path, in its new rank order
     */
    public record Result(String modelVersion, long catalogueVersion, List<AnswerChange> changes,
                         List<PathChange> paths, List<OptionChange> options) {
        public Result {
            changes = List.copyOf(changes);
            paths = List.copyOf(paths);
            options = List.copyOf(options);
        }
    }

    /** One answer, by its pointer (e.g. {@code skills/containers-kubernetes}), before and after. */
    public record AnswerChange(String answer, String before, String after) {
    }

    /** @param rankMove places gained: positive when the path moved up */
    public record PathChange(String path, String option, String targetRole, String targetTitle, int rankBefore,
                             int rankAfter, int rankMove, double scoreBefore, double scoreAfter, double scoreChange,
                             List<FactorChange> factors) {
        public PathChange {
            factors = List.copyOf(factors);
        }
    }

    /** A factor of a path's score, as the engine reports it, before and after. */
    public record FactorChange(String factor, double pointsBefore, double pointsAfter, double change) {
    }

    public record OptionChange(String option, int rankBefore, int rankAfter, int rankMove, String bestPathBefore,
                               String bestPathAfter, double bestScoreBefore, double bestScoreAfter) {
    }

    /**
     * @throws UnscorableAnswersException when the answers as given do not fit the catalogue
     * @throws InvalidJourneyException    when a change does, naming it ({@code skills/<slug>} for instance)
     */
    public Result compare(Answers answers, Changes changes) {
        ScoringResult before = engine.score(answers, Integer.MAX_VALUE);
        Answers changed = apply(answers, changes);
        ScoringResult after;
        try {
            after = engine.score(changed, Integer.MAX_VALUE);
        } catch (UnscorableAnswersException e) {
            throw new InvalidJourneyException(e.field(), e.reason());
        }
        Map<String, Recommendation> earlier = new HashMap<>();
        before.recommendations().forEach(recommendation -> earlier.put(recommendation.path(), recommendation));
        List<PathChange> paths = new ArrayList<>(after.recommendations().size());
        for (Recommendation now : after.recommendations()) {
            Recommendation then = earlier.get(now.path());
            paths.add(new PathChange(now.path(), now.option(), now.targetRole(), now.targetTitle(), then.rank(),
                    now.rank(), then.rank() - now.rank(), then.score(), now.score(), difference(then.score(), now.score()),
                    factorChanges(then.factors(), now.factors())));
        }
        Map<String, OptionRanking> optionsBefore = new HashMap<>();
        before.options().forEach(option -> optionsBefore.put(option.option(), option));
        List<OptionChange> options = new ArrayList<>(after.options().size());
        for (OptionRanking now : after.options()) {
            OptionRanking then = optionsBefore.get(now.option());
            options.add(new OptionChange(now.option(), then.rank(), now.rank(), then.rank() - now.rank(),
                    then.bestPath(), now.bestPath(), then.score(), now.score()));
        }
        return new Result(after.modelVersion(), after.catalogueVersion(), answerChanges(answers, changed), paths, options);
    }

    /** The answers with the changes made; the engine checks the new values when it scores them. */
    public static Answers apply(Answers answers, Changes changes) {
        Map<String, Integer> skills = new HashMap<>(answers.skills());
        skills.putAll(changes.skills());
        Map<String, Integer> priorities = new HashMap<>(answers.priorities());
        priorities.putAll(changes.priorities());
        Answers.Constraints was = answers.constraints();
        ConstraintChanges to = changes.constraints();
        Answers.Constraints constraints = to == null ? was : new Answers.Constraints(
                Objects.requireNonNullElse(to.monthsToUpskill(), was.monthsToUpskill()),
                Objects.requireNonNullElse(to.openToChangingCompany(), was.openToChangingCompany()),
                Objects.requireNonNullElse(to.openToManagingPeople(), was.openToManagingPeople()),
                Objects.requireNonNullElse(to.riskTolerance(), was.riskTolerance()),
                Objects.requireNonNullElse(to.internalMoveAvailable(), was.internalMoveAvailable()),
                Objects.requireNonNullElse(to.mayReturnToDataScience(), was.mayReturnToDataScience()));
        return new Answers(answers.currentRole(), skills, answers.enjoyment(), answers.painPoints(), priorities,
                constraints, answers.specialisationInterests());
    }

    /** Matched by factor name, so whatever factors the engine reports are compared. */
    private static List<FactorChange> factorChanges(List<FactorContribution> before, List<FactorContribution> after) {
        Map<String, Double> pointsBefore = new HashMap<>();
        before.forEach(factor -> pointsBefore.put(factor.factor(), factor.points()));
        List<FactorChange> changes = new ArrayList<>(after.size());
        for (FactorContribution factor : after) {
            double then = pointsBefore.getOrDefault(factor.factor(), 0.0);
            changes.add(new FactorChange(factor.factor(), then, factor.points(), difference(then, factor.points())));
        }
        return changes;
    }

    private static List<AnswerChange> answerChanges(Answers before, Answers after) {
        Map<String, String[]> changes = new TreeMap<>();
        ratingChanges("skills/", before.skills(), after.skills(), changes);
        ratingChanges("priorities/", before.priorities(), after.priorities(), changes);
        Answers.Constraints was = before.constraints();
        Answers.Constraints is = after.constraints();
        constraintChange("monthsToUpskill", was.monthsToUpskill(), is.monthsToUpskill(), changes);
        constraintChange("openToChangingCompany", was.openToChangingCompany(), is.openToChangingCompany(), changes);
        constraintChange("openToManagingPeople", was.openToManagingPeople(), is.openToManagingPeople(), changes);
        constraintChange("riskTolerance", was.riskTolerance(), is.riskTolerance(), changes);
        constraintChange("internalMoveAvailable", was.internalMoveAvailable(), is.internalMoveAvailable(), changes);
        constraintChange("mayReturnToDataScience", was.mayReturnToDataScience(), is.mayReturnToDataScience(), changes);
        List<AnswerChange> list = new ArrayList<>(changes.size());
        changes.forEach((answer, values) -> list.add(new AnswerChange(answer, values[0], values[1])));
        return list;
    }

    private static void ratingChanges(String field, Map<String, Integer> before, Map<String, Integer> after,
                                      Map<String, String[]> changes) {
        after.forEach((key, rating) -> {
            int was = before.getOrDefault(key, 0);
            if (was != rating) {
                changes.put(field + key, new String[] {Integer.toString(was), Integer.toString(rating)});
            }
        });
    }

    private static void constraintChange(String name, Object before, Object after, Map<String, String[]> changes) {
        if (!before.equals(after)) {
            changes.put("constraints/" + name, new String[] {before.toString(), after.toString()});
        }
    }

    private static double difference(double before, double after) {
        return Factors.toTenths(after - before);
    }
}
