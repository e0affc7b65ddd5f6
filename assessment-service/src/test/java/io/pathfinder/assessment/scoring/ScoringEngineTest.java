package io.pathfinder.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private static final double EXACT = 1e-9;

    private final ScoringEngine engine = new ScoringEngine(catalogue(Function.identity()));

    @Test
    void factorPointsAddUpToTheScoreAndReasonPointsToTheirFactor() {
        ScoringResult result = engine.score(softwareLover().build(), 10);

        assertEquals(5, result.recommendations().size());
        for (Recommendation recommendation : result.recommendations()) {
            double factorPoints = 0;
            for (FactorContribution factor : recommendation.factors()) {
                factorPoints += factor.points();
                assertTrue(factor.fit() >= 0 && factor.fit() <= 1, factor.toString());
                assertEquals(Math.round(factor.weight() * factor.fit() * 10) / 10.0, factor.points(), 0.1 + EXACT);
                double reasonPoints = factor.reasons().stream().mapToDouble(Reason::points).sum();
                assertEquals(factor.points(), reasonPoints, EXACT, recommendation.path() + " " + factor.factor());
            }
            assertEquals(recommendation.score(), factorPoints, EXACT, recommendation.path());
            assertEquals(List.of("skill-fit", "interest-fit", "motivation-fit", "feasibility"),
                    recommendation.factors().stream().map(FactorContribution::factor).toList());
        }
        assertEquals(100, result.recommendations().get(0).factors().stream()
                .mapToDouble(FactorContribution::weight).sum(), EXACT);
    }

    @Test
    void recommendationsComeBestFirstAndNameTheVersionsUsed() {
        ScoringResult result = engine.score(softwareLover().build(), 10);

        assertEquals(ScoringEngine.MODEL_VERSION, result.modelVersion());
        assertEquals(7, result.catalogueVersion());
        List<Recommendation> recommendations = result.recommendations();
        for (int i = 1; i < recommendations.size(); i++) {
            assertTrue(recommendations.get(i - 1).score() >= recommendations.get(i).score());
            assertEquals(i + 1, recommendations.get(i).rank());
        }
        assertEquals("ds-to-ml-engineer", recommendations.get(0).path());
        assertEquals("ML Engineer", recommendations.get(0).targetTitle());
    }

    @Test
    void scoringIsDeterministicWhateverTheCatalogueOrder() {
        Answers answers = softwareLover().build();
        ScoringResult first = engine.score(answers, 5);

        ScoringEngine reversed = new ScoringEngine(catalogue(catalogue -> new Catalogue(catalogue.version(),
                reverse(catalogue.options()), reverse(catalogue.skills()), reverse(catalogue.roles()),
                reverse(catalogue.paths()))));

        assertEquals(first, engine.score(answers, 5));
        assertEquals(first, reversed.score(answers, 5));
    }

    @Test
    void equalScoresAreOrderedByPathSlug() {
        ScoringEngine twins = new ScoringEngine(catalogue(catalogue -> {
            List<Catalogue.Path> paths = new ArrayList<>(catalogue.paths());
            Catalogue.Path original = paths.get(0);
            paths.add(0, new Catalogue.Path("ds-to-ml-engineer-again", original.from(), original.to(),
                    original.option(), original.effortMonths(), original.risk(), original.requiresNewCompany(),
                    original.prerequisites(), original.carryOverSkills(), original.rationale()));
            paths.add(new Catalogue.Path("ds-to-ml-engineer-a", original.from(), original.to(), original.option(),
                    original.effortMonths(), original.risk(), original.requiresNewCompany(),
                    original.prerequisites(), original.carryOverSkills(), original.rationale()));
            return new Catalogue(catalogue.version(), catalogue.options(), catalogue.skills(), catalogue.roles(), paths);
        }));

        List<Recommendation> top = twins.score(softwareLover().build(), 3).recommendations();

        assertEquals(List.of("ds-to-ml-engineer", "ds-to-ml-engineer-a", "ds-to-ml-engineer-again"),
                top.stream().map(Recommendation::path).toList());
        assertEquals(top.get(0).score(), top.get(2).score(), EXACT);
    }

    @Test
    void topNLimitsTheExplainedPathsButEveryReachableOptionIsRanked() {
        ScoringResult one = engine.score(softwareLover().build(), 1);
        ScoringResult none = engine.score(softwareLover().build(), 0);
        ScoringResult all = engine.score(softwareLover().build(), 50);

        assertEquals(1, one.recommendations().size());
        assertEquals(0, none.recommendations().size());
        assertEquals(5, all.recommendations().size());
        assertEquals(one.options(), none.options());

        List<OptionRanking> options = all.options();
        assertEquals(List.of("adjacent-discipline", "switch-company-or-team", "specialize-deeper", "lateral-leadership"),
                options.stream().map(OptionRanking::option).toList());
        for (OptionRanking option : options) {
            Recommendation best = all.recommendations().stream()
                    .filter(recommendation -> recommendation.option().equals(option.option()))
                    .findFirst().orElseThrow();
            assertEquals(best.path(), option.bestPath());
            assertEquals(best.score(), option.score(), EXACT);
        }
        assertEquals(List.of(1, 2, 3, 4), options.stream().map(OptionRanking::rank).toList());
    }

    @Test
    void closingAGapRaisesTheScoreByExactlyItsScoreGain() {
        Answers answers = softwareLover().build();
        Recommendation mlEngineer = recommendation(engine.score(answers, 5), "ds-to-ml-engineer");

        assertEquals(List.of("cloud-infrastructure", "software-engineering"),
                mlEngineer.skillGaps().stream().map(SkillGap::skill).toList());
        for (SkillGap gap : mlEngineer.skillGaps()) {
            Answers closed = softwareLover().skill(gap.skill(), gap.requiredLevel()).build();
            double closedScore = recommendation(engine.score(closed, 5), "ds-to-ml-engineer").score();

            assertEquals(mlEngineer.score() + gap.scoreGain(), closedScore, EXACT, gap.skill());
            assertEquals((gap.requiredLevel() - gap.currentLevel()) * monthsPerLevel(gap.skill()), gap.monthsToClose(), EXACT);
            assertEquals(gap.scoreGain() / gap.monthsToClose(), gap.gainPerMonth(), 0.005);
        }
    }

    @Test
    void gapsComeBiggestGainFirstAndLearnFirstPutsGainPerMonthFirst() {
        Recommendation mlEngineer = recommendation(engine.score(softwareLover().build(), 5), "ds-to-ml-engineer");
        SkillGap cloud = mlEngineer.skillGaps().get(0);
        SkillGap software = mlEngineer.skillGaps().get(1);

        assertTrue(cloud.scoreGain() > software.scoreGain(), mlEngineer.skillGaps().toString());
        assertTrue(software.gainPerMonth() > cloud.gainPerMonth(), mlEngineer.skillGaps().toString());
        assertEquals(List.of("software-engineering", "cloud-infrastructure"), mlEngineer.learnFirst());
        assertTrue(mlEngineer.nextSteps().contains("Learn Software engineering to level 4 (about 1 month)."),
                mlEngineer.nextSteps().toString());
        assertEquals("Prerequisite: A deployed model", mlEngineer.nextSteps().get(0));
        assertEquals("Ship a model.", mlEngineer.nextSteps().get(mlEngineer.nextSteps().size() - 1));
    }

    @Test
    void transferableSkillsAreCarryOverSkillsHeldAtTheRequiredLevel() {
        Recommendation mlEngineer = recommendation(engine.score(softwareLover().build(), 5), "ds-to-ml-engineer");

        // software engineering falls short of the level 4 needed, people management is not held at all,
        // SQL is not a requirement of the target but is held
        assertEquals(List.of("Python", "SQL"), mlEngineer.transferableSkills());
    }

    @Test
    void reasonsPointAtTheAnswersThatDroveThem() {
        Recommendation top = engine.score(softwareLover().build(), 1).recommendations().get(0);

        Reason software = reason(top, "interest-fit", "enjoyment/software-engineering");
        assertTrue(software.points() > 0);
        assertTrue(software.text().contains("software engineering (5/5)"), software.text());
        assertTrue(reason(top, "interest-fit", "enjoyment/analysis-insight").points() > 0,
                "leaving analysis one rates 1/5 counts for the move");
        assertTrue(reason(top, "motivation-fit", "painPoints/vague-success").points() > 0);
        assertTrue(reason(top, "motivation-fit", "priorities/autonomy").points() > 0);
        assertTrue(reason(top, "skill-fit", "skills/python").points() > 0);
        assertTrue(reason(top, "feasibility", "constraints/monthsToUpskill").points() > 0);
    }

    @Test
    void aMoveThePersonRuledOutHasNoFeasibilityAndSaysWhy() {
        Answers staysPut = softwareLover().openToChangingCompany(false).build();
        Recommendation newTeam = recommendation(engine.score(staysPut, 5), "ds-to-new-company");
        FactorContribution feasibility = factor(newTeam, "feasibility");

        assertEquals(0, feasibility.points(), EXACT);
        Reason ruledOut = reason(newTeam, "feasibility", "constraints/openToChangingCompany");
        assertTrue(ruledOut.points() < 0);
        assertTrue(ruledOut.text().contains("ruled out"), ruledOut.text());

        Recommendation manager = recommendation(engine.score(softwareLover().build(), 5), "ds-to-manager");
        assertEquals(0, factor(manager, "feasibility").points(), EXACT);
        assertTrue(reason(manager, "feasibility", "constraints/openToManagingPeople").points() < 0);

        Answers wouldManage = softwareLover().openToManagingPeople(true).build();
        assertTrue(factor(recommendation(engine.score(wouldManage, 5), "ds-to-manager"), "feasibility").points() > 0);
    }

    @Test
    void enjoyingSoftwareMoreThanAnalysisFavoursTheEngineeringMove() {
        AnswersBuilder analyst = softwareLover().enjoys("software-engineering", 1).enjoys("analysis-insight", 5);

        FactorContribution loverInterest = factor(recommendation(engine.score(softwareLover().build(), 5),
                "ds-to-ml-engineer"), "interest-fit");
        FactorContribution analystInterest = factor(recommendation(engine.score(analyst.build(), 5),
                "ds-to-ml-engineer"), "interest-fit");

        assertTrue(loverInterest.points() > analystInterest.points() + 10,
                loverInterest.points() + " vs " + analystInterest.points());
        assertTrue(reason(recommendation(engine.score(analyst.build(), 5), "ds-to-ml-engineer"), "interest-fit",
                "enjoyment/analysis-insight").points() < 0);
    }

    @Test
    void interestClampedAtItsMaximumScalesItsReasonsDownAlike() {
        AnswersBuilder devotee = softwareLover().enjoys("software-engineering", 5).enjoys("platform-infrastructure", 5)
                .enjoys("analysis-insight", 0);
        // Enjoying analysis, which the move leaves behind, keeps this twin below the maximum; the other shares stay.
        AnswersBuilder twin = softwareLover().enjoys("software-engineering", 5).enjoys("platform-infrastructure", 5)
                .enjoys("analysis-insight", 5);
        Recommendation clamped = recommendation(engine.score(devotee.build(), 5), "ds-to-ml-engineer");
        Recommendation unclamped = recommendation(engine.score(twin.build(), 5), "ds-to-ml-engineer");

        assertEquals(1.0, factor(clamped, "interest-fit").fit(), EXACT);
        assertTrue(factor(unclamped, "interest-fit").fit() < 1);
        assertEquals(30.0, factor(clamped, "interest-fit").reasons().stream().mapToDouble(Reason::points).sum(), EXACT);
        double clampedRatio = reason(clamped, "interest-fit", "enjoyment/software-engineering").points()
                / reason(clamped, "interest-fit", "enjoyment/platform-infrastructure").points();
        double rawRatio = reason(unclamped, "interest-fit", "enjoyment/software-engineering").points()
                / reason(unclamped, "interest-fit", "enjoyment/platform-infrastructure").points();
        assertEquals(rawRatio, clampedRatio, 0.05);
    }

    @Test
    void specialisationInterestAndAWayBackCountForTheSpecialist() {
        Answers answers = softwareLover().drawnTo("computer-vision").mayReturnToDataScience(true).build();
        Recommendation specialist = recommendation(engine.score(answers, 5), "ds-to-vision");

        assertTrue(reason(specialist, "motivation-fit", "specialisationInterests/computer-vision").points() > 0);
        assertTrue(reason(specialist, "motivation-fit", "constraints/mayReturnToDataScience").points() > 0);
    }

    @Test
    void answersThatDoNotFitTheCatalogueAreUnscorableAndNameTheField() {
        assertTrue(assertUnscorable("currentRole", AnswersBuilder.currentRole("astronaut")).contains("not a catalogue role"));
        assertTrue(assertUnscorable("currentRole", AnswersBuilder.currentRole("ml-engineer")).contains("no transition paths"));
        assertTrue(assertUnscorable("currentRole", AnswersBuilder.currentRole(null)).contains("missing"));
        assertUnscorable("skills/cobol", softwareLover().skill("cobol", 3));
        assertUnscorable("skills/python", softwareLover().skill("python", 6));
        assertUnscorable("enjoyment/gardening", softwareLover().enjoys("gardening", 3));
        assertUnscorable("enjoyment/data-pipelines", softwareLover().enjoys("data-pipelines", -1));
        assertUnscorable("painPoints/boredom", softwareLover().suffers("boredom"));
        assertUnscorable("priorities/fame", softwareLover().weighs("fame", 5));
        assertUnscorable("specialisationInterests/astrology", softwareLover().drawnTo("astrology"));
        assertUnscorable("constraints/riskTolerance", softwareLover().riskTolerance("reckless"));
        assertUnscorable("constraints/monthsToUpskill", softwareLover().monthsToUpskill(61));

        Answers noConstraints = new Answers("data-scientist", Map.of(), Map.of(), Set.of(), Map.of(), null, Set.of());
        UnscorableAnswersException missing = assertThrows(UnscorableAnswersException.class,
                () -> engine.score(noConstraints, 3));
        assertEquals("constraints", missing.field());
    }

    @Test
    void aCatalogueWithDanglingReferencesIsRejected() {
        IllegalArgumentException dangling = assertThrows(IllegalArgumentException.class,
                () -> new ScoringEngine(catalogue(catalogue -> new Catalogue(catalogue.version(), catalogue.options(),
                        catalogue.skills().subList(1, catalogue.skills().size()), catalogue.roles(),
                        catalogue.paths()))));
        assertTrue(dangling.getMessage().contains("python"), dangling.getMessage());
    }

    @Test
    void payCountsForWhoeverValuesItAndSaysWhatTheRolePays() {
        ScoringEngine paid = new ScoringEngine(catalogue(ScoringEngineTest::withPay));
        Answers valuesPay = softwareLover().weighs("pay", 5).build();
        ScoringResult result = paid.score(valuesPay, 5);

        Reason mlEngineerPay = reason(recommendation(result, "ds-to-ml-engineer"), "motivation-fit", "priorities/pay");
        Reason analystPay = reason(recommendation(result, "ds-to-analyst"), "motivation-fit", "priorities/pay");
        assertTrue(mlEngineerPay.points() > analystPay.points(), mlEngineerPay + " vs " + analystPay);
        assertEquals("You value pay: this role pays at level 4/5 (your current role: 3/5), a median of $140,910 a year"
                + " (OEWS, May 2024).", mlEngineerPay.text());
        // No wage figure, no points for pay, and the reasons still add up to the factor.
        FactorContribution unpaid = factor(recommendation(result, "ds-to-new-company"), "motivation-fit");
        assertTrue(unpaid.reasons().stream().noneMatch(reason -> reason.answer().equals("priorities/pay")), unpaid.toString());
        for (Recommendation recommendation : result.recommendations()) {
            FactorContribution motivation = factor(recommendation, "motivation-fit");
            assertEquals(motivation.points(), motivation.reasons().stream().mapToDouble(Reason::points).sum(), EXACT);
        }
        // Without the priority, pay changes nothing.
        assertEquals(engine.score(softwareLover().build(), 5), paid.score(softwareLover().build(), 5));
    }

    @Test
    void aPayLevelOutsideOneToFiveIsRejected() {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
                () -> new ScoringEngine(catalogue(catalogue -> new Catalogue(catalogue.version(), catalogue.options(),
                        catalogue.skills(), catalogue.roles().stream().map(role -> paid(role, 6)).toList(),
                        catalogue.paths()))));
        assertTrue(rejected.getMessage().contains("pay level"), rejected.getMessage());
    }

    /** Pay for every role but the data scientist elsewhere, which no wage figure covers. */
    private static Catalogue withPay(Catalogue catalogue) {
        Map<String, Integer> levels = Map.of("data-scientist", 3, "ml-engineer", 4, "vision-specialist", 4,
                "analyst", 2, "manager", 5);
        return new Catalogue(catalogue.version(), catalogue.options(), catalogue.skills(), catalogue.roles().stream()
                .map(role -> levels.containsKey(role.slug()) ? paid(role, levels.get(role.slug())) : role).toList(),
                catalogue.paths());
    }

    private static Catalogue.Role paid(Catalogue.Role role, int level) {
        return new Catalogue.Role(role.slug(), role.title(), role.family(), role.summary(), role.specialisation(),
                role.activityProfile(), role.characteristics(), role.relievesPainPoints(), role.requirements(),
                new Catalogue.Pay(level, 100_000 + 40_910 * (level - 3), "OEWS, May 2024", 2024));
    }

    /** Returns the message, which starts with the field. */
    private String assertUnscorable(String field, AnswersBuilder answers) {
        UnscorableAnswersException thrown = assertThrows(UnscorableAnswersException.class,
                () -> engine.score(answers.build(), 3));
        assertEquals(field, thrown.field());
        assertTrue(thrown.getMessage().startsWith(field + ": "), thrown.getMessage());
        return thrown.getMessage();
    }

    /** Loves building software, finds analysis dull, tired of vague success. */
    private static AnswersBuilder softwareLover() {
        return AnswersBuilder.currentRole("data-scientist")
                .skill("python", 4).skill("sql", 4).skill("statistics", 3).skill("software-engineering", 3)
                .skill("cloud-infrastructure", 1)
                .enjoys("software-engineering", 5).enjoys("analysis-insight", 1).enjoys("modelling-research", 3)
                .suffers("vague-success", "bad-manager-or-team")
                .weighs("autonomy", 3).weighs("stability", 2)
                .monthsToUpskill(6);
    }

    private static Recommendation recommendation(ScoringResult result, String path) {
        return result.recommendations().stream().filter(recommendation -> recommendation.path().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError(path + " not among " + result.recommendations()));
    }

    private static FactorContribution factor(Recommendation recommendation, String factor) {
        return recommendation.factors().stream().filter(contribution -> contribution.factor().equals(factor))
                .findFirst().orElseThrow();
    }

    private static Reason reason(Recommendation recommendation, String factor, String answer) {
        return factor(recommendation, factor).reasons().stream().filter(reason -> reason.answer().equals(answer))
                .findFirst().orElseThrow(() -> new AssertionError(answer + " not among " + factor(recommendation, factor)));
    }

    private static double monthsPerLevel(String skill) {
        return catalogue(Function.identity()).skills().stream().filter(s -> s.slug().equals(skill))
                .findFirst().orElseThrow().learningMonthsPerLevel();
    }

    private static <T> List<T> reverse(List<T> list) {
        List<T> reversed = new ArrayList<>(list);
        Collections.reverse(reversed);
        return reversed;
    }

    /**
     * A data scientist can move to ML engineering, a vision specialism, an analyst role, management, or the same
     * work at another company. ML engineers have no paths out, so they cannot be scored.
     */
    private static Catalogue catalogue(Function<Catalogue, Catalogue> variant) {
        List<Catalogue.Skill> skills = List.of(
                skill("python", "Python", 1.5), skill("sql", "SQL", 1), skill("statistics", "Statistics", 3),
                skill("software-engineering", "Software engineering", 1),
                skill("cloud-infrastructure", "Cloud infrastructure", 6),
                skill("people-management", "People management", 4),
                skill("computer-vision", "Computer vision", 3));
        List<Catalogue.Option> options = List.of(
                option("adjacent-discipline", Set.of(PainPoint.VAGUE_SUCCESS)),
                option("lateral-leadership", Set.of(PainPoint.LACK_OF_AUTONOMY)),
                option("specialize-deeper", Set.of()),
                option("switch-company-or-team", Set.of(PainPoint.BAD_MANAGER_OR_TEAM)));
        List<Catalogue.Role> roles = List.of(
                role("data-scientist", "Data Scientist", null,
                        Map.of(Activity.ANALYSIS_INSIGHT, 50, Activity.MODELLING_RESEARCH, 40,
                                Activity.SOFTWARE_ENGINEERING, 10),
                        traits(2, 3, 3, false, 5),
                        List.of(new Catalogue.Requirement("python", 5, 3), new Catalogue.Requirement("statistics", 5, 3),
                                new Catalogue.Requirement("sql", 3, 3))),
                role("ml-engineer", "ML Engineer", null,
                        Map.of(Activity.SOFTWARE_ENGINEERING, 60, Activity.PLATFORM_INFRASTRUCTURE, 20,
                                Activity.MODELLING_RESEARCH, 20),
                        traits(3, 4, 3, false, 5),
                        List.of(new Catalogue.Requirement("python", 5, 4),
                                new Catalogue.Requirement("software-engineering", 3, 4),
                                new Catalogue.Requirement("cloud-infrastructure", 5, 3))),
                role("vision-specialist", "Vision Specialist", Specialisation.COMPUTER_VISION,
                        Map.of(Activity.MODELLING_RESEARCH, 80, Activity.SOFTWARE_ENGINEERING, 20),
                        traits(4, 3, 3, false, 5),
                        List.of(new Catalogue.Requirement("computer-vision", 5, 4), new Catalogue.Requirement("python", 4, 4))),
                role("analyst", "Analyst", null,
                        Map.of(Activity.ANALYSIS_INSIGHT, 80, Activity.STAKEHOLDER_COMMUNICATION, 20),
                        traits(2, 4, 2, false, 3),
                        List.of(new Catalogue.Requirement("sql", 5, 4), new Catalogue.Requirement("statistics", 3, 2))),
                role("manager", "Manager", null,
                        Map.of(Activity.PEOPLE_LEADERSHIP, 70, Activity.STAKEHOLDER_COMMUNICATION, 30),
                        traits(4, 3, 3, true, 2),
                        List.of(new Catalogue.Requirement("people-management", 5, 3))),
                role("data-scientist-elsewhere", "Data Scientist (elsewhere)", null,
                        Map.of(Activity.ANALYSIS_INSIGHT, 50, Activity.MODELLING_RESEARCH, 40,
                                Activity.SOFTWARE_ENGINEERING, 10),
                        traits(3, 3, 3, false, 5),
                        List.of(new Catalogue.Requirement("python", 5, 3), new Catalogue.Requirement("statistics", 5, 3))));
        List<Catalogue.Path> paths = List.of(
                path("ds-to-ml-engineer", "ml-engineer", "adjacent-discipline", 9, Risk.MEDIUM, false,
                        List.of("python", "software-engineering", "sql", "people-management")),
                path("ds-to-vision", "vision-specialist", "specialize-deeper", 9, Risk.MEDIUM, false, List.of("python")),
                path("ds-to-analyst", "analyst", "lateral-leadership", 3, Risk.LOW, false, List.of("sql")),
                path("ds-to-manager", "manager", "lateral-leadership", 12, Risk.MEDIUM, false, List.of()),
                path("ds-to-new-company", "data-scientist-elsewhere", "switch-company-or-team", 2, Risk.LOW, true,
                        List.of("python", "statistics")));
        return variant.apply(new Catalogue(7, options, skills, roles, paths));
    }

    private static Catalogue.Skill skill(String slug, String name, double monthsPerLevel) {
        return new Catalogue.Skill(slug, name, SkillCategory.TECHNICAL, name, monthsPerLevel);
    }

    private static Catalogue.Option option(String slug, Set<PainPoint> relieves) {
        return new Catalogue.Option(slug, slug, slug, List.of(), List.of("Ship a model."), relieves);
    }

    private static Catalogue.Characteristics traits(int autonomy, int stability, int pace, boolean managesPeople,
                                                    int returnToDataScience) {
        return new Catalogue.Characteristics(autonomy, stability, pace, 3, 3, InfluenceType.EXPERTISE, managesPeople,
                returnToDataScience);
    }

    private static Catalogue.Role role(String slug, String title, Specialisation specialisation,
                                       Map<Activity, Integer> profile, Catalogue.Characteristics traits,
                                       List<Catalogue.Requirement> requirements) {
        return new Catalogue.Role(slug, title, RoleFamily.DATA, title, specialisation, profile, traits, Set.of(),
                requirements);
    }

    private static Catalogue.Path path(String slug, String to, String option, int effortMonths, Risk risk,
                                       boolean requiresNewCompany, List<String> carryOverSkills) {
        return new Catalogue.Path(slug, "data-scientist", to, option, effortMonths, risk, requiresNewCompany,
                List.of("A deployed model"), carryOverSkills, "Because.");
    }
}
