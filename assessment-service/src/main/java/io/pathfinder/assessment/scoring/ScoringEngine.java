package io.pathfinder.assessment.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Scores questionnaire answers against one catalogue: every path leading out of the person's current role gets a
 * 0-100 score made of four factors (see {@link Factors}), and the best ones come back explained. Build one engine per
 * catalogue version and share it; it is immutable and thread-safe.
 */
public final class ScoringEngine {

    /** Changes whenever the same answers and catalogue could score differently. */
    public static final String MODEL_VERSION = "2026.11-2";

    private static final int LEARN_STEPS = 3;
    private static final PathModel[] NO_PATHS = {};
    private static final Comparator<SkillGap> BIGGEST_GAIN_FIRST = (a, b) -> {
        int byGain = Double.compare(b.scoreGain(), a.scoreGain());
        int byGainPerMonth = Double.compare(b.gainPerMonth(), a.gainPerMonth());
        return byGain != 0 ? byGain : byGainPerMonth != 0 ? byGainPerMonth : a.skill().compareTo(b.skill());
    };
    private static final Comparator<SkillGap> BEST_GAIN_PER_MONTH_FIRST = (a, b) -> {
        int byGainPerMonth = Double.compare(b.gainPerMonth(), a.gainPerMonth());
        int byGain = Double.compare(b.scoreGain(), a.scoreGain());
        return byGainPerMonth != 0 ? byGainPerMonth : byGain != 0 ? byGain : a.skill().compareTo(b.skill());
    };

    private final long catalogueVersion;
    private final List<Catalogue.Skill> skills;
    private final String[] skillSlugs;
    private final Map<String, RoleModel> roles = new HashMap<>();
    private final int optionCount;
    /** Paths by the slug of the role they leave, each array in slug order. */
    private final Map<String, PathModel[]> pathsFrom = new HashMap<>();

    /** @throws IllegalArgumentException when the catalogue refers to entries it does not contain */
    public ScoringEngine(Catalogue catalogue) {
        catalogueVersion = catalogue.version();
        skills = catalogue.skills();
        Map<String, Integer> skillIndex = new HashMap<>();
        skillSlugs = skills.stream().map(Catalogue.Skill::slug).toArray(String[]::new);
        for (Catalogue.Skill skill : skills) {
            require(skill.learningMonthsPerLevel() > 0, "skill " + skill.slug() + " needs a positive learningMonthsPerLevel");
            require(skillIndex.put(skill.slug(), skillIndex.size()) == null, "skill " + skill.slug() + " appears twice");
        }
        for (Catalogue.Role role : catalogue.roles()) {
            require(!role.requirements().isEmpty(), "role " + role.slug() + " has no requirements");
            require(!role.activityProfile().isEmpty(), "role " + role.slug() + " has no activity profile");
            Catalogue.Characteristics c = role.characteristics();
            require(IntStream.of(c.autonomy(), c.stability(), c.pace(), c.closenessToBusiness(), c.successConcreteness(),
                            c.returnToDataScience()).allMatch(rating -> rating >= 1 && rating <= RoleModel.MAX_RATING),
                    "role " + role.slug() + " rates a characteristic outside 1-5");
            require(role.pay() == null || role.pay().level() >= 1 && role.pay().level() <= RoleModel.MAX_RATING,
                    "role " + role.slug() + " has a pay level outside 1-5");
            for (Catalogue.Requirement requirement : role.requirements()) {
                require(skillIndex.containsKey(requirement.skill()),
                        "role " + role.slug() + " requires unknown skill " + requirement.skill());
                require(requirement.level() >= 1 && requirement.importance() >= 1,
                        "role " + role.slug() + " requires " + requirement.skill() + " below level or importance 1");
            }
            require(roles.put(role.slug(), new RoleModel(role, skillIndex, skills)) == null,
                    "role " + role.slug() + " appears twice");
        }
        Map<String, Integer> optionIndex = new HashMap<>();
        for (Catalogue.Option option : catalogue.options()) {
            optionIndex.put(option.slug(), optionIndex.size());
        }
        optionCount = optionIndex.size();

        List<Catalogue.Path> paths = new ArrayList<>(catalogue.paths());
        paths.sort(Comparator.comparing(Catalogue.Path::slug));
        Map<String, List<PathModel>> byOrigin = new HashMap<>();
        for (int order = 0; order < paths.size(); order++) {
            Catalogue.Path path = paths.get(order);
            require(order == 0 || !path.slug().equals(paths.get(order - 1).slug()), "path " + path.slug() + " appears twice");
            require(roles.containsKey(path.from()) && roles.containsKey(path.to()),
                    "path " + path.slug() + " links unknown roles");
            Integer option = optionIndex.get(path.option());
            require(option != null, "path " + path.slug() + " uses unknown option " + path.option());
            require(skillIndex.keySet().containsAll(path.carryOverSkills()),
                    "path " + path.slug() + " carries over unknown skills");
            PathModel model = new PathModel(path, order, roles, catalogue.options().get(option), option, skillIndex);
            byOrigin.computeIfAbsent(path.from(), from -> new ArrayList<>()).add(model);
        }
        byOrigin.forEach((from, models) -> pathsFrom.put(from, models.toArray(PathModel[]::new)));
    }

    public long catalogueVersion() {
        return catalogueVersion;
    }

    /**
     * Scores every path out of the person's current role.
     *
     * @param topN how many of the best paths to explain in full
     * @throws UnscorableAnswersException when the answers do not fit this catalogue
     */
    public ScoringResult score(Answers answers, int topN) {
        if (topN < 0) {
            throw new IllegalArgumentException("topN must not be negative");
        }
        PathModel[] reachable = pathsFrom(answers.currentRole());
        Respondent person = respondent(answers);
        int[] scores = new int[reachable.length];
        for (int i = 0; i < reachable.length; i++) {
            scores[i] = scoreTenths(reachable[i], person);
        }
        int[] ranking = rank(reachable, scores);

        int explained = Math.min(topN, reachable.length);
        List<Recommendation> recommendations = new ArrayList<>(explained);
        for (int rank = 0; rank < explained; rank++) {
            recommendations.add(explain(reachable[ranking[rank]], person, rank + 1));
        }
        List<OptionRanking> options = new ArrayList<>(optionCount);
        boolean[] ranked = new boolean[optionCount];
        for (int index : ranking) {
            PathModel path = reachable[index];
            if (!ranked[path.optionIndex]) {
                ranked[path.optionIndex] = true;
                options.add(new OptionRanking(options.size() + 1, path.option.slug(), path.path.slug(), scores[index] / 10.0));
            }
        }
        return new ScoringResult(MODEL_VERSION, catalogueVersion, recommendations, options);
    }

    /** The paths leaving a role, in slug order; none for a role without paths or not in the catalogue. */
    PathModel[] pathsOutOf(String role) {
        return pathsFrom.getOrDefault(role, NO_PATHS);
    }

    /** Every path, grouped by the role it leaves. */
    Collection<PathModel[]> pathsByOrigin() {
        return pathsFrom.values();
    }

    /** The compiled role, or null when the catalogue has no such role. */
    RoleModel role(String slug) {
        return roles.get(slug);
    }

    Catalogue.Skill skill(int index) {
        return skills.get(index);
    }

    /** @throws UnscorableAnswersException when the answers (apart from the current role) do not fit this catalogue */
    Respondent respondent(Answers answers) {
        return new Respondent(answers, skillSlugs);
    }

    private PathModel[] pathsFrom(String currentRole) {
        PathModel[] reachable = currentRole == null ? null : pathsFrom.get(currentRole);
        if (reachable != null) {
            return reachable;
        }
        throw new UnscorableAnswersException("currentRole", currentRole == null ? "missing"
                : roles.containsKey(currentRole) ? "'" + currentRole + "' has no transition paths in catalogue version "
                        + catalogueVersion
                : "'" + currentRole + "' is not a catalogue role");
    }

    static int scoreTenths(PathModel path, Respondent person) {
        double gapMonths = Factors.gapMonths(path.to, person.skills);
        return Factors.tenths(Factors.SKILL_WEIGHT, Factors.skillFit(path.to, person.skills, null))
                + Factors.tenths(Factors.INTEREST_WEIGHT, Factors.interestFit(path, person.enjoyment, null))
                + Factors.tenths(Factors.MOTIVATION_WEIGHT, Factors.motivationFit(path, person, null))
                + Factors.tenths(Factors.FEASIBILITY_WEIGHT, Factors.feasibility(path, person, gapMonths, null));
    }

    /** Indices of the paths, highest score first, equal scores in path slug order. */
    static int[] rank(PathModel[] paths, int[] scores) {
        int[] ranking = new int[paths.length];
        for (int i = 0; i < ranking.length; i++) {
            int candidate = i;
            int position = i;
            while (position > 0 && ranksBefore(candidate, ranking[position - 1], paths, scores)) {
                ranking[position] = ranking[position - 1];
                position--;
            }
            ranking[position] = candidate;
        }
        return ranking;
    }

    private static boolean ranksBefore(int a, int b, PathModel[] paths, int[] scores) {
        return scores[a] != scores[b] ? scores[a] > scores[b] : paths[a].order < paths[b].order;
    }

    Recommendation explain(PathModel path, Respondent person, int rank) {
        Explanation why = new Explanation();
        double skillFit = Factors.skillFit(path.to, person.skills, why);
        FactorContribution skill = why.finish(Factors.SKILL_FIT, Factors.SKILL_WEIGHT, skillFit);
        FactorContribution interest = why.finish(Factors.INTEREST_FIT, Factors.INTEREST_WEIGHT,
                Factors.interestFit(path, person.enjoyment, why));
        FactorContribution motivation = why.finish(Factors.MOTIVATION_FIT, Factors.MOTIVATION_WEIGHT,
                Factors.motivationFit(path, person, why));
        double gapMonths = Factors.gapMonths(path.to, person.skills);
        FactorContribution feasibility = why.finish(Factors.FEASIBILITY, Factors.FEASIBILITY_WEIGHT,
                Factors.feasibility(path, person, gapMonths, why));
        int scoreTenths = (int) Math.round((skill.points() + interest.points() + motivation.points()
                + feasibility.points()) * 10);

        List<SkillGap> gaps = skillGaps(path, person, skillFit, gapMonths);
        List<SkillGap> learningOrder = new ArrayList<>(gaps);
        learningOrder.sort(BEST_GAIN_PER_MONTH_FIRST);
        List<String> learnFirst = new ArrayList<>(learningOrder.size());
        for (SkillGap gap : learningOrder) {
            learnFirst.add(gap.skill());
        }
        Catalogue.Role target = path.to.role;
        return new Recommendation(rank, path.path.slug(), path.option.slug(), target.slug(), target.title(),
                scoreTenths / 10.0, path.path.rationale(), List.of(skill, interest, motivation, feasibility), gaps,
                learnFirst, transferableSkills(path, person), nextSteps(path, learningOrder));
    }

    /** Each unmet requirement, with what closing it alone would add: only skill fit and feasibility depend on skills. */
    private static List<SkillGap> skillGaps(PathModel path, Respondent person, double skillFit, double gapMonths) {
        RoleModel target = path.to;
        int skillPoints = Factors.tenths(Factors.SKILL_WEIGHT, skillFit);
        int feasibilityPoints = Factors.tenths(Factors.FEASIBILITY_WEIGHT,
                Factors.feasibility(path, person, gapMonths, null));
        List<SkillGap> gaps = new ArrayList<>(target.requiredSkill.length);
        for (int i = 0; i < target.requiredSkill.length; i++) {
            int have = person.skills[target.requiredSkill[i]];
            int need = target.requiredLevel[i];
            if (have >= need) {
                continue;
            }
            Catalogue.Skill skill = target.requiredSkills[i];
            double closedFit = Math.min(1, skillFit + target.importance[i] * (need - have) / (double) need / target.importanceSum);
            double months = (need - have) * skill.learningMonthsPerLevel();
            double closedFeasibility = Factors.feasibility(path, person, Math.max(0, gapMonths - months), null);
            int gainTenths = Factors.tenths(Factors.SKILL_WEIGHT, closedFit) - skillPoints
                    + Factors.tenths(Factors.FEASIBILITY_WEIGHT, closedFeasibility) - feasibilityPoints;
            gaps.add(new SkillGap(skill.slug(), skill.name(), have, need, target.importance[i], gainTenths / 10.0,
                    months, Math.round(gainTenths / 10.0 / months * 100) / 100.0));
        }
        gaps.sort(BIGGEST_GAIN_FIRST);
        return gaps;
    }

    /** Skills the path carries over that one already has at the level the target needs (at least 1). */
    private List<String> transferableSkills(PathModel path, Respondent person) {
        List<String> names = new ArrayList<>(path.carryOverSkills.length);
        for (int skill : path.carryOverSkills) {
            int have = person.skills[skill];
            if (have > 0 && have >= path.to.requiredLevelOf(skill)) {
                names.add(skills.get(skill).name());
            }
        }
        return names;
    }

    private static List<String> nextSteps(PathModel path, List<SkillGap> learningOrder) {
        List<String> steps = new ArrayList<>(path.prerequisiteSteps.size() + LEARN_STEPS + path.option.firstSteps().size());
        steps.addAll(path.prerequisiteSteps);
        for (SkillGap gap : learningOrder.subList(0, Math.min(LEARN_STEPS, learningOrder.size()))) {
            steps.add(path.to.learnStep(gap.skill(), gap.currentLevel()));
        }
        steps.addAll(path.option.firstSteps());
        return steps;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("Inconsistent catalogue: " + problem);
        }
    }
}
