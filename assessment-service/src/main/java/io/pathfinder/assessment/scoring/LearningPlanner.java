package io.pathfinder.assessment.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders the skill gaps of a move, or of each move of a route in turn, into a learning plan. Each next skill is the
 * one whose learning raises the move's score most per month, given what the plan has taught so far (greedy, with
 * the engine re-scoring the move after every step), so that the scores reached add up step by step.
 */
public final class LearningPlanner {

    private final ScoringEngine engine;

    public LearningPlanner(ScoringEngine engine) {
        this.engine = engine;
    }

    /**
     * @param pathSlugs one path out of the current role, or a route: each next path leaves where the one before
     *                  arrives, {@link RoutePlanner#MAX_STEPS} at most
     * @throws UnscorableAnswersException when the answers do not fit the catalogue
     * @throws InvalidJourneyException    naming {@code path} when the paths are unknown or do not chain
     */
    public LearningPlan plan(Answers answers, List<String> pathSlugs) {
        if (pathSlugs.isEmpty() || pathSlugs.size() > RoutePlanner.MAX_STEPS) {
            throw new InvalidJourneyException("path", "give 1 to " + RoutePlanner.MAX_STEPS + " paths");
        }
        Respondent person = engine.respondent(answers);
        String at = answers.currentRole();
        double months = 0;
        List<LearningPlan.Stage> stages = new ArrayList<>(pathSlugs.size());
        for (String slug : pathSlugs) {
            PathModel path = pathOutOf(at, slug);
            int startTenths = ScoringEngine.scoreTenths(path, person);
            int scoreTenths = startTenths;
            List<LearningPlan.Step> steps = new ArrayList<>();
            double stageMonths = 0;
            for (Gap gap = bestGap(path, person, scoreTenths); gap != null; gap = bestGap(path, person, scoreTenths)) {
                stageMonths += gap.months;
                months += gap.months;
                Catalogue.Skill skill = path.to.requiredSkills[gap.requirement];
                int have = person.skills[path.to.requiredSkill[gap.requirement]];
                steps.add(new LearningPlan.Step(steps.size() + 1, skill.slug(), skill.name(), have, gap.level,
                        Factors.toTenths(gap.months), Factors.toTenths(months), gap.scoreTenths / 10.0,
                        (gap.scoreTenths - scoreTenths) / 10.0, path.to.learnSteps[gap.requirement][have]));
                person = person.withSkill(path.to.requiredSkill[gap.requirement], gap.level);
                scoreTenths = gap.scoreTenths;
            }
            List<String> nextSteps = new ArrayList<>(path.prerequisiteSteps);
            nextSteps.addAll(path.option.firstSteps());
            stages.add(new LearningPlan.Stage(slug, at, path.to.role.slug(), path.to.role.title(), startTenths / 10.0,
                    scoreTenths / 10.0, Factors.toTenths(stageMonths), steps, nextSteps));
            at = path.to.role.slug();
        }
        return new LearningPlan(ScoringEngine.MODEL_VERSION, engine.catalogueVersion(), pathSlugs, Factors.toTenths(months),
                stages);
    }

    private PathModel pathOutOf(String role, String slug) {
        for (PathModel path : engine.pathsOutOf(role)) {
            if (path.path.slug().equals(slug)) {
                return path;
            }
        }
        throw new InvalidJourneyException("path", "no path '" + slug + "' leaves " + role);
    }

    /** A requirement not met yet, with the score reached and the months spent by meeting it. */
    private record Gap(int requirement, int level, double months, int scoreTenths) {
    }

    /** The unmet requirement that adds most points per month; equal ones go to the larger gain, then the skill slug. */
    private static Gap bestGap(PathModel path, Respondent person, int scoreTenths) {
        RoleModel target = path.to;
        Gap best = null;
        for (int i = 0; i < target.requiredSkill.length; i++) {
            int have = person.skills[target.requiredSkill[i]];
            int need = target.requiredLevel[i];
            if (have >= need) {
                continue;
            }
            Gap gap = new Gap(i, need, (need - have) * target.requiredSkills[i].learningMonthsPerLevel(),
                    ScoringEngine.scoreTenths(path, person.withSkill(target.requiredSkill[i], need)));
            if (best == null || betterThan(gap, best, scoreTenths, target)) {
                best = gap;
            }
        }
        return best;
    }

    private static boolean betterThan(Gap gap, Gap other, int scoreTenths, RoleModel target) {
        double perMonth = (gap.scoreTenths - scoreTenths) / gap.months;
        double otherPerMonth = (other.scoreTenths - scoreTenths) / other.months;
        if (perMonth != otherPerMonth) {
            return perMonth > otherPerMonth;
        }
        if (gap.scoreTenths != other.scoreTenths) {
            return gap.scoreTenths > other.scoreTenths;
        }
        return target.requiredSkills[gap.requirement].slug().compareTo(target.requiredSkills[other.requirement].slug()) < 0;
    }
}
