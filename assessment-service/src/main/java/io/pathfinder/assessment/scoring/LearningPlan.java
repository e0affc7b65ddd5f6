package io.pathfinder.assessment.scoring;

import java.util.List;

/**
 * What to learn, in order, to make one move or a route of moves, and the score each step of learning buys.
 *
 * @param paths  the path slugs planned, in order
 * @param months the months all the learning takes
 */
public record LearningPlan(String modelVersion, long catalogueVersion, List<String> paths, double months,
                           List<Stage> stages) {

    public LearningPlan {
        paths = List.copyOf(paths);
        stages = List.copyOf(stages);
    }

    /**
     * The learning for one move.
     *
     * @param scoreBefore the move's score with what one knows on reaching its start
     * @param scoreAfter  its score once every step below is learnt
     * @param nextSteps   from the catalogue: the path's prerequisites and its option's first steps
     */
    public record Stage(String path, String from, String to, String targetTitle, double scoreBefore,
                        double scoreAfter, double months, List<Step> steps, List<String> nextSteps) {
        public Stage {
            steps = List.copyOf(steps);
            nextSteps = List.copyOf(nextSteps);
        }
    }

    /**
     * One skill to learn.
     *
     * @param totalMonths the months of learning up to and including this step, over the whole plan
     * @param scoreAfter  the move's score once this step and every earlier one of the stage are learnt
     * @param scoreGain   what this step adds to the move's score
     * @param text        the step in words, from the catalogue's skill and the role's required level
     */
    public record Step(int order, String skill, String name, int fromLevel, int toLevel, double months,
                       double totalMonths, double scoreAfter, double scoreGain, String text) {
    }
}
