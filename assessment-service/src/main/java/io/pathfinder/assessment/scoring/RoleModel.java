package io.pathfinder.assessment.scoring;

import java.util.List;
import java.util.Map;

/** A catalogue role compiled into the arrays the scoring loops read. */
final class RoleModel {

    static final int MAX_RATING = 5;

    final Catalogue.Role role;
    final Catalogue.Skill[] requiredSkills;
    final int[] requiredSkill;
    final int[] importance;
    final int[] requiredLevel;
    final int importanceSum;
    /** Per requirement, the answer it reads: {@code skills/<slug>}. */
    final String[] requirementPointers;
    /** Per requirement and self-rating, the sentence explaining how far the rating covers it. */
    final String[][] coverageTexts;
    /** Per requirement and self-rating below the required level, the next step that closes the gap. */
    final String[][] learnSteps;
    /** Percent of the work per {@link Activity} ordinal, as the catalogue gives it. */
    final int[] activityPercent;
    /** Share of the work per {@link Activity} ordinal, summing to 1. */
    final double[] activityShare;
    final int reliefMask;
    /** How well the role meets each {@link Priority} that depends on the role alone, 0-1, by ordinal. */
    final double[] priorityFit;
    final double averageRequiredLevel;
    final double returnToDataScience;
    final String returnText;

    RoleModel(Catalogue.Role role, Map<String, Integer> skillIndex, List<Catalogue.Skill> skills) {
        this.role = role;
        int count = role.requirements().size();
        requiredSkills = new Catalogue.Skill[count];
        requiredSkill = new int[count];
        importance = new int[count];
        requiredLevel = new int[count];
        requirementPointers = new String[count];
        coverageTexts = new String[count][MAX_RATING + 1];
        learnSteps = new String[count][MAX_RATING + 1];
        int importanceTotal = 0;
        double weightedLevels = 0;
        for (int i = 0; i < count; i++) {
            Catalogue.Requirement requirement = role.requirements().get(i);
            requiredSkill[i] = skillIndex.get(requirement.skill());
            requiredSkills[i] = skills.get(requiredSkill[i]);
            importance[i] = requirement.importance();
            requiredLevel[i] = requirement.level();
            requirementPointers[i] = "skills/" + requirement.skill();
            for (int have = 1; have <= MAX_RATING; have++) {
                coverageTexts[i][have] = Factors.coverageText(requiredSkills[i], have, requirement.level());
            }
            for (int have = 0; have < requirement.level(); have++) {
                learnSteps[i][have] = Factors.learnStep(requiredSkills[i], have, requirement.level());
            }
            importanceTotal += requirement.importance();
            weightedLevels += requirement.importance() * requirement.level();
        }
        importanceSum = importanceTotal;
        averageRequiredLevel = weightedLevels / importanceTotal;

        activityPercent = new int[Activity.values().length];
        double percentTotal = 0;
        for (Map.Entry<Activity, Integer> entry : role.activityProfile().entrySet()) {
            activityPercent[entry.getKey().ordinal()] = entry.getValue();
            percentTotal += entry.getValue();
        }
        activityShare = new double[activityPercent.length];
        for (int a = 0; a < activityShare.length; a++) {
            activityShare[a] = activityPercent[a] / percentTotal;
        }

        reliefMask = Masks.of(role.relievesPainPoints());

        Catalogue.Characteristics c = role.characteristics();
        priorityFit = new double[Priority.values().length];
        priorityFit[Priority.AUTONOMY.ordinal()] = unit(c.autonomy());
        priorityFit[Priority.STABILITY.ordinal()] = unit(c.stability());
        priorityFit[Priority.GROWTH_PACE.ordinal()] = unit(c.pace());
        priorityFit[Priority.CLOSENESS_TO_BUSINESS.ordinal()] = unit(c.closenessToBusiness());
        priorityFit[Priority.INFLUENCE.ordinal()] = (influenceOf(c.influenceType()) + unit(c.autonomy())) / 2;
        priorityFit[Priority.COMPETENCE.ordinal()] =
                (unit(c.successConcreteness()) + (averageRequiredLevel - 1) / 4) / 2;
        // No wage figure, no evidence the role pays: it cannot meet the priority.
        priorityFit[Priority.PAY.ordinal()] = role.pay() == null ? 0 : unit(role.pay().level());
        returnToDataScience = unit(c.returnToDataScience());
        returnText = Factors.returnText(c);
    }

    boolean managesPeople() {
        return role.characteristics().managesPeople();
    }

    /** The level the role requires in a skill, 0 when it does not require it. */
    int requiredLevelOf(int skill) {
        for (int i = 0; i < requiredSkill.length; i++) {
            if (requiredSkill[i] == skill) {
                return requiredLevel[i];
            }
        }
        return 0;
    }

    /** The next step that takes a skill the role requires from one's current level to the required one. */
    String learnStep(String skill, int have) {
        for (int i = 0; i < requiredSkills.length; i++) {
            if (requiredSkills[i].slug().equals(skill)) {
                return learnSteps[i][have];
            }
        }
        throw new IllegalArgumentException(role.slug() + " does not require " + skill);
    }

    /** Maps a 1-5 rating onto 0-1. */
    private static double unit(int rating) {
        return (rating - 1) / 4.0;
    }

    /** A title carries the most sway; relationships carry more than expertise alone, which must persuade. */
    private static double influenceOf(InfluenceType type) {
        return switch (type) {
            case FORMAL_AUTHORITY -> 1.0;
            case RELATIONSHIPS -> 0.75;
            case EXPERTISE -> 0.5;
        };
    }
}
