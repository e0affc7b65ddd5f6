package io.pathfinder.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.assessment.support.DefaultCatalog;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {

    private static ScoringEngine engine;
    private static RoutePlanner planner;

    @BeforeAll
    static void loadDefaultCatalogue() {
        engine = new ScoringEngine(DefaultCatalog.catalogue());
        planner = new RoutePlanner(engine);
    }

    @Test
    void anAnalystReachesMlopsByWayOfDataEngineering() {
        RoutePlan plan = planner.plan(Personas.analystHeadingForMlops(),
                new RoutePlanner.Goal("mlops-engineer", null, "data-engineer", 3, 5));

        RoutePlan.Route best = plan.routes().get(0);
        assertEquals(List.of("data-analyst-to-data-engineer", "data-engineer-to-mlops-engineer"),
                best.steps().stream().map(step -> step.move().path()).toList());
        for (RoutePlan.Route route : plan.routes()) {
            List<String> roles = route.steps().stream().map(RoutePlan.Step::from).toList();
            assertTrue(roles.contains("data-engineer") || route.steps().stream()
                    .anyMatch(step -> step.move().targetRole().equals("data-engineer")), "via data engineering");
            assertEquals("mlops-engineer", route.steps().get(route.steps().size() - 1).move().targetRole());
        }
        RoutePlan.Step first = best.steps().get(0);
        RoutePlan.Step second = best.steps().get(1);
        assertEquals("data-analyst", first.from());
        assertEquals("data-engineer", second.from());
        assertFalse(first.move().skillGaps().isEmpty(), "learning data engineering has gaps to close");
        Set<String> carried = skills(first.carriesOver());
        assertTrue(carried.containsAll(Set.of("python", "data-pipelines")), "pipelines and Python carry on: " + carried);
        List<String> mlopsCarriesOver = Arrays.stream(engine.pathsOutOf("data-engineer"))
                .filter(path -> path.path.slug().equals("data-engineer-to-mlops-engineer")).findFirst()
                .orElseThrow().path.carryOverSkills();
        assertTrue(mlopsCarriesOver.containsAll(carried), "only what the MLOps path carries over: " + carried);
        first.carriesOver().forEach(skill -> assertTrue(skill.level() > 0));
        assertTrue(second.move().skillGaps().stream().noneMatch(gap -> gap.skill().equals("data-pipelines")),
                "data engineering taught pipelines to the level MLOps needs");
        assertEquals(List.of(), second.carriesOver());
        assertTrue(plan.search().exhaustive());
    }

    @Test
    void theFirstStepIsScoredAndRankedAsTheEngineScoresIt() {
        Answers analyst = Personas.analystHeadingForMlops();
        ScoringResult result = engine.score(analyst, Integer.MAX_VALUE);

        RoutePlan plan = planner.plan(analyst, new RoutePlanner.Goal(null, null, null, 1, 20));

        for (RoutePlan.Route route : plan.routes()) {
            Recommendation move = route.steps().get(0).move();
            assertEquals(result.recommendations().get(move.rank() - 1), move);
        }
    }

    @Test
    void routesRankByTheStatedRule() {
        RoutePlan plan = planner.plan(Personas.platformBuilder(), new RoutePlanner.Goal(null, null, null, 3, 20));

        assertEquals(20, plan.routes().size());
        RoutePlan.Route previous = null;
        for (RoutePlan.Route route : plan.routes()) {
            double mean = route.steps().stream().mapToDouble(step -> step.move().score()).average().orElseThrow();
            assertEquals(Math.round(mean * 10) / 10.0, route.meanStepScore(), 1e-9);
            assertEquals(route.steps().stream().mapToDouble(RoutePlan.Step::months).sum(), route.months(), 0.11);
            assertEquals(route.months() * 0.5, route.monthsPenalty(), 0.06);
            assertEquals(route.steps().stream().mapToDouble(step -> switch (step.risk()) {
                case LOW -> 0;
                case MEDIUM -> 2;
                case HIGH -> 5;
            }).sum(), route.riskPenalty(), 1e-9);
            assertEquals(Math.max(0, Math.round((route.meanStepScore() - route.monthsPenalty() - route.riskPenalty()) * 10) / 10.0),
                    route.score(), 1e-9);
            if (previous != null) {
                assertTrue(previous.score() >= route.score(), previous + " before " + route);
            }
            previous = route;
        }
    }

    @Test
    void noRouteVisitsARoleTwiceButOneMayComeBackWhereItStarted() {
        RoutePlan plan = planner.plan(Personas.mayReturnLater(),
                new RoutePlanner.Goal("data-scientist", null, null, 3, 20));

        assertFalse(plan.routes().isEmpty(), "a way out of data science and back: the boomerang");
        for (RoutePlan.Route route : plan.routes()) {
            Set<String> seen = new HashSet<>();
            route.steps().forEach(step -> assertTrue(seen.add(step.from()), "visits " + step.from() + " twice"));
            assertEquals("data-scientist", route.steps().get(0).from());
            assertEquals("data-scientist", route.steps().get(route.steps().size() - 1).move().targetRole());
            assertTrue(route.steps().size() >= 2);
        }
    }

    @Test
    void anOptionGoalEndsWithAMoveOfThatOption() {
        RoutePlan plan = planner.plan(planner.typicalHolderOf("data-analyst"),
                new RoutePlanner.Goal(null, "build-for-data-people", null, 3, 10));

        assertFalse(plan.routes().isEmpty());
        plan.routes().forEach(route -> assertEquals("build-for-data-people",
                route.steps().get(route.steps().size() - 1).move().option()));
    }

    @Test
    void theSearchStaysWithinItsBoundOnTheWholeCatalogue() {
        for (String start : List.of("data-scientist", "senior-data-scientist", "data-analyst")) {
            RoutePlan plan = planner.plan(planner.typicalHolderOf(start), new RoutePlanner.Goal(null, null, null, 3, 20));
            assertTrue(plan.search().expansions() <= 1 + RoutePlanner.BEAM_WIDTH * (RoutePlanner.MAX_STEPS - 1),
                    plan.search().toString());
        }
    }

    @Test
    void aGoalTheCatalogueLacksNamesTheField() {
        Answers analyst = Personas.analystHeadingForMlops();
        assertEquals("to", assertThrows(InvalidJourneyException.class, () -> planner.plan(analyst,
                new RoutePlanner.Goal("astronaut", null, null, 3, 5))).field());
        assertEquals("option", assertThrows(InvalidJourneyException.class, () -> planner.plan(analyst,
                new RoutePlanner.Goal(null, "retire-early", null, 3, 5))).field());
        assertEquals("via", assertThrows(InvalidJourneyException.class, () -> planner.plan(analyst,
                new RoutePlanner.Goal("mlops-engineer", null, "mlops-engineer", 3, 5))).field());
        assertEquals("maxSteps", assertThrows(InvalidJourneyException.class, () -> planner.plan(analyst,
                new RoutePlanner.Goal(null, null, null, 4, 5))).field());
        assertEquals("from", assertThrows(InvalidJourneyException.class, () -> planner.typicalHolderOf("astronaut")).field());
    }

    @Test
    void anUnreachableTargetGivesNoRoutes() {
        RoutePlan plan = planner.plan(Personas.analystHeadingForMlops(),
                new RoutePlanner.Goal("mlops-engineer", null, null, 1, 5));

        assertEquals(List.of(), plan.routes(), "no path leads from data analyst straight to MLOps");
    }

    private static Set<String> skills(List<RoutePlan.CarriedSkill> carried) {
        Set<String> slugs = new HashSet<>();
        carried.forEach(skill -> slugs.add(skill.skill()));
        return slugs;
    }
}
