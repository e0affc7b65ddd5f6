package io.pathfinder.assessment.scoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds routes of up to {@link #MAX_STEPS} moves over the catalogue's paths, from a person's current role to a target
 * role, to a move of a given option, or anywhere. Each step is scored by the {@link ScoringEngine} for the person
 * as they will be then: their answers, with the skills the earlier steps' roles required learnt to those levels.
 *
 * <p>The search goes step by step and carries at most {@link #BEAM_WIDTH} partial routes, the best by {@link #RULE},
 * from one step to the next. It therefore scores the paths out of at most 1 + BEAM_WIDTH x (MAX_STEPS - 1) roles,
 * however large the catalogue; partial routes that can no longer reach the goal in the steps left are not carried.
 * Immutable and thread-safe, like the engine it plans with.
 */
public final class RoutePlanner {

    public static final int MAX_STEPS = 3;
    public static final int MAX_ROUTES = 20;
    public static final int BEAM_WIDTH = 64;
    public static final String RULE = "A route's score is the mean of its steps' scores, less 0.5 points for every "
            + "month its steps take in all, less 2 points for each medium-risk and 5 for each high-risk step, and "
            + "at least 0. Equal scores rank fewer steps first, then fewer months, then path slugs in order.";

    private static final double POINTS_PER_MONTH = 0.5;
    private static final Map<Risk, Integer> RISK_TENTHS = new EnumMap<>(Map.of(Risk.LOW, 0, Risk.MEDIUM, 20, Risk.HIGH, 50));
    /** Enjoyment a typical holder gives every activity: the same for all, so interest tells no path apart. */
    private static final int EVEN_ENJOYMENT = 3;
    private static final int TYPICAL_MONTHS_TO_UPSKILL = 12;

    private final ScoringEngine engine;
    private final Map<String, List<PathModel>> pathsInto = new HashMap<>();

    public RoutePlanner(ScoringEngine engine) {
        this.engine = engine;
        for (PathModel[] origin : engine.pathsByOrigin()) {
            for (PathModel path : origin) {
                pathsInto.computeIfAbsent(path.to.role.slug(), to -> new ArrayList<>()).add(path);
            }
        }
    }

    /**
     * What the planner looks for; null fields ask nothing.
     *
     * @param to     the role the route ends in; the starting role itself asks for a way out and back (a boomerang)
     * @param option the option of the route's last move
     * @param via    a role the route passes through
     */
    public record Goal(String to, String option, String via, int maxSteps, int limit) {
    }

    /**
     * Answers for someone who holds a role and says nothing else: skills at exactly the levels the role requires,
     * every activity enjoyed alike, no pain points, priorities or specialisation, and open constraints (12 months
     * to learn, medium risk, open to a new company and to managing people, an internal move available).
     *
     * @throws InvalidJourneyException naming {@code from} when the role is unknown or has no path out of it
     */
    public Answers typicalHolderOf(String role) {
        RoleModel model = engine.role(role);
        if (model == null) {
            throw new InvalidJourneyException("from", "'" + role + "' is not a catalogue role");
        }
        if (engine.pathsOutOf(role).length == 0) {
            throw new InvalidJourneyException("from", "no catalogue path leaves '" + role + "'");
        }
        Map<String, Integer> skills = new HashMap<>();
        model.role.requirements().forEach(requirement -> skills.put(requirement.skill(), requirement.level()));
        Map<String, Integer> enjoyment = new HashMap<>();
        for (Activity activity : Activity.values()) {
            enjoyment.put(activity.slug(), EVEN_ENJOYMENT);
        }
        return new Answers(role, skills, enjoyment, null, null, new Answers.Constraints(TYPICAL_MONTHS_TO_UPSKILL,
                true, true, Risk.MEDIUM.slug(), true, false), null);
    }

    /**
     * @throws UnscorableAnswersException when the answers do not fit the catalogue
     * @throws InvalidJourneyException    when the goal names what the catalogue lacks
     */
    public RoutePlan plan(Answers answers, Goal goal) {
        String start = answers.currentRole();
        RoleModel startRole = engine.role(start);
        if (startRole == null || engine.pathsOutOf(start).length == 0) {
            throw new UnscorableAnswersException("currentRole", "'" + start + "' is not a catalogue role with paths out of it");
        }
        Respondent person = engine.respondent(answers);
        check(goal, start);
        Map<String, Integer> toGoal = goal.to() != null ? distancesTo(Map.of(goal.to(), 0))
                : goal.option() != null ? distancesTo(originsOf(goal.option())) : null;
        Map<String, Integer> toVia = goal.via() == null ? null : distancesTo(Map.of(goal.via(), 0));

        Search search = new Search(goal, start, toGoal, toVia);
        List<Partial> frontier = List.of(new Partial(start, person));
        for (int depth = 1; depth <= goal.maxSteps() && !frontier.isEmpty(); depth++) {
            List<Partial> next = new ArrayList<>();
            for (Partial partial : frontier) {
                search.expand(partial, next);
            }
            if (next.size() > BEAM_WIDTH) {
                next.sort(BEST_FIRST);
                next = next.subList(0, BEAM_WIDTH);
                search.exhaustive = false;
            }
            frontier = next;
        }
        search.complete.sort(BEST_FIRST);
        List<RoutePlan.Route> routes = new ArrayList<>();
        for (Partial route : search.complete.subList(0, Math.min(goal.limit(), search.complete.size()))) {
            routes.add(explain(route, routes.size() + 1));
        }
        return new RoutePlan(ScoringEngine.MODEL_VERSION, engine.catalogueVersion(), start, startRole.role.title(),
                RULE, new RoutePlan.Search(BEAM_WIDTH, search.expansions, search.pathsScored, search.exhaustive), routes);
    }

    private void check(Goal goal, String start) {
        if (goal.maxSteps() < 1 || goal.maxSteps() > MAX_STEPS) {
            throw new InvalidJourneyException("maxSteps", "must be 1 to " + MAX_STEPS);
        }
        if (goal.limit() < 1 || goal.limit() > MAX_ROUTES) {
            throw new InvalidJourneyException("limit", "must be 1 to " + MAX_ROUTES);
        }
        if (goal.to() != null && engine.role(goal.to()) == null) {
            throw new InvalidJourneyException("to", "'" + goal.to() + "' is not a catalogue role");
        }
        if (goal.option() != null && originsOf(goal.option()).isEmpty()) {
            throw new InvalidJourneyException("option", "no catalogue path is of option '" + goal.option() + "'");
        }
        if (goal.via() != null) {
            if (engine.role(goal.via()) == null) {
                throw new InvalidJourneyException("via", "'" + goal.via() + "' is not a catalogue role");
            }
            if (goal.via().equals(start) || goal.via().equals(goal.to())) {
                throw new InvalidJourneyException("via", "must be a role between the start and the target");
            }
        }
    }

    /** The roles with a path of this option out of them, each one step from a route of that option. */
    private Map<String, Integer> originsOf(String option) {
        Map<String, Integer> origins = new HashMap<>();
        for (PathModel[] origin : engine.pathsByOrigin()) {
            for (PathModel path : origin) {
                if (path.option.slug().equals(option)) {
                    origins.put(path.from.role.slug(), 1);
                }
            }
        }
        return origins;
    }

    /** The fewest steps from each role to one of the ends, by breadth-first search backwards; absent when more than MAX_STEPS. */
    private Map<String, Integer> distancesTo(Map<String, Integer> ends) {
        Map<String, Integer> steps = new HashMap<>(ends);
        Queue<String> queue = new ArrayDeque<>(ends.keySet());
        while (!queue.isEmpty()) {
            String role = queue.remove();
            int further = steps.get(role) + 1;
            if (further > MAX_STEPS) {
                continue;
            }
            for (PathModel path : pathsInto.getOrDefault(role, List.of())) {
                if (steps.putIfAbsent(path.from.role.slug(), further) == null) {
                    queue.add(path.from.role.slug());
                }
            }
        }
        return steps;
    }

    /** The state of one search: what it found and what it cost. */
    private final class Search {
        private final Goal goal;
        private final String start;
        private final Map<String, Integer> toGoal;
        private final Map<String, Integer> toVia;
        private final List<Partial> complete = new ArrayList<>();
        private int expansions;
        private int pathsScored;
        private boolean exhaustive = true;

        Search(Goal goal, String start, Map<String, Integer> toGoal, Map<String, Integer> toVia) {
            this.goal = goal;
            this.start = start;
            this.toGoal = toGoal;
            this.toVia = toVia;
        }

        /** Scores every path out of the partial route's last role; keeps the routes it completes and extends. */
        void expand(Partial partial, List<Partial> next) {
            PathModel[] out = engine.pathsOutOf(partial.role);
            int[] scores = new int[out.length];
            for (int i = 0; i < out.length; i++) {
                scores[i] = ScoringEngine.scoreTenths(out[i], partial.person);
            }
            int[] ranking = ScoringEngine.rank(out, scores);
            expansions++;
            pathsScored += out.length;
            for (int rank = 0; rank < ranking.length; rank++) {
                PathModel path = out[ranking[rank]];
                String to = path.to.role.slug();
                boolean returning = to.equals(start);
                if (!returning && partial.visits(to)) {
                    continue;
                }
                Partial route = new Partial(partial, path, scores[ranking[rank]], rank + 1, goal.via());
                if (completes(route)) {
                    complete.add(route);
                }
                if (!returning && !to.equals(goal.to()) && canStillComplete(route)) {
                    next.add(route);
                }
            }
        }

        private boolean completes(Partial route) {
            return (goal.to() == null || goal.to().equals(route.role))
                    && (goal.option() == null || goal.option().equals(route.path.option.slug()))
                    && (goal.via() == null || route.viaVisited);
        }

        private boolean canStillComplete(Partial route) {
            int left = goal.maxSteps() - route.depth;
            int needed = toGoal == null ? 1 : toGoal.getOrDefault(route.role, MAX_STEPS + 1);
            if (goal.via() != null && !route.viaVisited) {
                int afterVia = toGoal == null ? 0 : toGoal.getOrDefault(goal.via(), MAX_STEPS + 1);
                needed = toVia.getOrDefault(route.role, MAX_STEPS + 1) + afterVia;
            }
            return needed <= left && engine.pathsOutOf(route.role).length > 0;
        }
    }

    private RoutePlan.Route explain(Partial route, int rank) {
        Partial[] steps = new Partial[route.depth];
        for (Partial step = route; step.path != null; step = step.previous) {
            steps[step.depth - 1] = step;
        }
        List<RoutePlan.Step> explained = new ArrayList<>(steps.length);
        for (int i = 0; i < steps.length; i++) {
            Partial step = steps[i];
            List<RoutePlan.CarriedSkill> carried = new ArrayList<>();
            if (i + 1 < steps.length) {
                for (int skill : steps[i + 1].path.carryOverSkills) {
                    int level = step.person.skills[skill];
                    if (level > 0) {
                        Catalogue.Skill carriedSkill = engine.skill(skill);
                        carried.add(new RoutePlan.CarriedSkill(carriedSkill.slug(), carriedSkill.name(), level));
                    }
                }
            }
            explained.add(new RoutePlan.Step(i + 1, step.path.from.role.slug(),
                    engine.explain(step.path, step.previous.person, step.rank), Factors.toTenths(step.stepMonths),
                    step.path.path.risk(), carried));
        }
        return new RoutePlan.Route(rank, route.valueTenths / 10.0, route.meanTenths() / 10.0,
                Factors.toTenths(route.months), route.monthsPenaltyTenths() / 10.0, route.riskTenths / 10.0, explained);
    }

    /** Best route first by the rule, then fewer steps, fewer months, and path slugs in order. */
    private static final Comparator<Partial> BEST_FIRST = Comparator.<Partial>comparingInt(route -> -route.valueTenths)
            .thenComparingInt(route -> route.depth)
            .thenComparingDouble(route -> route.months)
            .thenComparing(Partial::slugs, Arrays::compare);

    /** A route found so far: a chain of steps back to the start, with what the rule needs kept up to date. */
    private static final class Partial {
        final Partial previous;
        final int depth;
        final String role;
        /** The person on arriving: the answers, with every skill learnt that the roles so far required. */
        final Respondent person;
        final PathModel path;
        final int rank;
        final double stepMonths;
        final double months;
        final int scoreTenthsSum;
        final int riskTenths;
        final boolean viaVisited;
        final int valueTenths;

        Partial(String start, Respondent person) {
            this.previous = null;
            this.depth = 0;
            this.role = start;
            this.person = person;
            this.path = null;
            this.rank = 0;
            this.stepMonths = 0;
            this.months = 0;
            this.scoreTenthsSum = 0;
            this.riskTenths = 0;
            this.viaVisited = false;
            this.valueTenths = 0;
        }

        Partial(Partial previous, PathModel path, int scoreTenths, int rank, String via) {
            this.previous = previous;
            this.depth = previous.depth + 1;
            this.role = path.to.role.slug();
            this.person = previous.person.meeting(path.to);
            this.path = path;
            this.rank = rank;
            this.stepMonths = Factors.monthsNeeded(path, Factors.gapMonths(path.to, previous.person.skills));
            this.months = previous.months + stepMonths;
            this.scoreTenthsSum = previous.scoreTenthsSum + scoreTenths;
            this.riskTenths = previous.riskTenths + RISK_TENTHS.get(path.path.risk());
            this.viaVisited = previous.viaVisited || role.equals(via);
            this.valueTenths = Math.max(0, meanTenths() - monthsPenaltyTenths() - riskTenths);
        }

        int meanTenths() {
            return (int) Math.round(scoreTenthsSum / (double) depth);
        }

        int monthsPenaltyTenths() {
            return (int) Math.round(months * POINTS_PER_MONTH * 10);
        }

        boolean visits(String slug) {
            for (Partial step = this; step != null; step = step.previous) {
                if (step.role.equals(slug)) {
                    return true;
                }
            }
            return false;
        }

        String[] slugs() {
            String[] slugs = new String[depth];
            for (Partial step = this; step.path != null; step = step.previous) {
                slugs[step.depth - 1] = step.path.path.slug();
            }
            return slugs;
        }
    }
}
