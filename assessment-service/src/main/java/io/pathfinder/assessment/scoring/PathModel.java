package io.pathfinder.assessment.scoring;

import java.util.List;
import java.util.Map;

/** A catalogue path compiled for scoring, with its source and target roles and its option. */
final class PathModel {

    final Catalogue.Path path;
    /** Position in slug order, the tie-breaker between equal scores. */
    final int order;
    final RoleModel from;
    final RoleModel to;
    final Catalogue.Option option;
    final int optionIndex;
    /** Pain points the target role or the kind of move relieves. */
    final int reliefMask;
    /**
     * Per activity ordinal: the target's share of it, plus {@link Factors#CONTRAST} times the change from the
     * current role. Enjoyment of an activity the move leads towards counts extra, of one it leads away from, less.
     */
    final double[] interestWeight;
    final int[] carryOverSkills;
    /** Per activity and enjoyment rating, the sentence explaining its effect. */
    final String[][] enjoymentTexts;
    /** Per pain point the move relieves, the sentence saying so; null for the others. */
    final String[] reliefTexts;
    /** Per internal move availability (0 no, 1 yes) and priority ordinal, the sentence on how the move meets it. */
    final String[][] priorityTexts;
    final String typicalEffortText;
    final List<String> prerequisiteSteps;

    PathModel(Catalogue.Path path, int order, Map<String, RoleModel> roles, Catalogue.Option option, int optionIndex,
              Map<String, Integer> skillIndex) {
        this.path = path;
        this.order = order;
        this.from = roles.get(path.from());
        this.to = roles.get(path.to());
        this.option = option;
        this.optionIndex = optionIndex;
        this.reliefMask = to.reliefMask | Masks.of(option.relievesPainPoints());
        interestWeight = new double[Activity.values().length];
        for (int a = 0; a < interestWeight.length; a++) {
            double target = to.activityShare[a];
            interestWeight[a] = target + Factors.CONTRAST * (target - from.activityShare[a]);
        }
        carryOverSkills = path.carryOverSkills().stream().mapToInt(skillIndex::get).toArray();

        // Reason texts depend on few inputs, so they are written once here rather than for every questionnaire.
        Activity[] activities = Activity.values();
        enjoymentTexts = new String[activities.length][RoleModel.MAX_RATING + 1];
        for (Activity activity : activities) {
            for (int enjoyment = 0; enjoyment <= RoleModel.MAX_RATING; enjoyment++) {
                enjoymentTexts[activity.ordinal()][enjoyment] = Factors.enjoymentText(from, to, activity, enjoyment);
            }
        }
        reliefTexts = new String[PainPoint.values().length];
        for (PainPoint pain : PainPoint.values()) {
            if ((reliefMask & Masks.bit(pain)) != 0) {
                reliefTexts[pain.ordinal()] = Factors.reliefText(to, option, pain);
            }
        }
        priorityTexts = new String[2][Priority.values().length];
        for (Priority priority : Priority.values()) {
            priorityTexts[0][priority.ordinal()] = Factors.priorityText(path, from, to, priority, false);
            priorityTexts[1][priority.ordinal()] = Factors.priorityText(path, from, to, priority, true);
        }
        typicalEffortText = Factors.typicalEffortText(path);
        prerequisiteSteps = path.prerequisites().stream().map(prerequisite -> "Prerequisite: " + prerequisite).toList();
    }
}
