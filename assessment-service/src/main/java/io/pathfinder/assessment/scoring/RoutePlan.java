package io.pathfinder.assessment.scoring;

import java.util.List;

/**
 * Routes of one or more moves from a role, best first by {@link RoutePlanner#RULE}.
 *
 * @param search how much of the catalogue the search looked at
 */
public record RoutePlan(String modelVersion, long catalogueVersion, String from, String fromTitle, String rule,
                        Search search, List<Route> routes) {

    public RoutePlan {
        routes = List.copyOf(routes);
    }

    /**
     * @param beamWidth   the most partial routes carried from one step to the next
     * @param expansions  roles whose paths were scored, at most 1 + beamWidth x (steps - 1)
     * @param pathsScored path scores computed
     * @param exhaustive  true when no partial route was dropped, so the routes are the best of all routes
     */
    public record Search(int beamWidth, int expansions, int pathsScored, boolean exhaustive) {
    }

    /**
     * One route and how its score comes about: meanStepScore - monthsPenalty - riskPenalty, at least 0.
     *
     * @param months the months its steps take, added up
     */
    public record Route(int rank, double score, double meanStepScore, double months, double monthsPenalty,
                        double riskPenalty, List<Step> steps) {
        public Route {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One move of a route.
     *
     * @param move        the move explained as a recommendation to the person at that point, with the skills learnt
     *                    on the earlier steps; its rank is among all the moves out of {@code from}
     * @param months      the months the move takes: the person's skill gaps then, at most the path's typical effort
     * @param carriesOver skills this step leaves one with that the next step's path carries over; none after the last
     */
    public record Step(int step, String from, Recommendation move, double months, Risk risk,
                       List<CarriedSkill> carriesOver) {
        public Step {
            carriesOver = List.copyOf(carriesOver);
        }
    }

    /** A skill one holds after a step, at this level, that the next step builds on. */
    public record CarriedSkill(String skill, String name, int level) {
    }
}
