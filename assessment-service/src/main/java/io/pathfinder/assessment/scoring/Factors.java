package io.pathfinder.assessment.scoring;

import java.util.Arrays;
import java.util.Locale;

/**
 * The four factors of a path's score. Each returns a fit from 0 to 1; given an {@link Explanation}, it also records
 * the share of that fit each answer produced, with a sentence saying why. Without one it builds no text, which
 * keeps ranking every reachable path cheap.
 */
final class Factors {

    static final String SKILL_FIT = "skill-fit";
    static final String INTEREST_FIT = "interest-fit";
    static final String MOTIVATION_FIT = "motivation-fit";
    static final String FEASIBILITY = "feasibility";

    /** Maximum points per factor; they add up to 100. */
    static final double SKILL_WEIGHT = 25;
    static final double INTEREST_WEIGHT = 30;
    static final double MOTIVATION_WEIGHT = 30;
    static final double FEASIBILITY_WEIGHT = 15;

    /**
     * How much the change in an activity's share, from the current role to the target, counts on top of the
     * target's own share: someone who enjoys software more than analysis should be drawn to roles that trade
     * analysis for software, not merely to roles that contain some software.
     */
    static final double CONTRAST = 0.5;
    private static final double MIDDLE_RATING = 2.5;

    // Motivation is shared among the kinds of motivation the person expressed, in these proportions.
    private static final double PAIN_RELIEF = 0.4;
    private static final double PRIORITIES = 0.4;
    private static final double SPECIALISATION = 0.2;
    private static final double RETURN_TO_DATA_SCIENCE = 0.2;

    // Feasibility is shared among time, risk, where the move happens, and people management.
    private static final double TIME = 0.4;
    private static final double RISK = 0.2;
    private static final double WORKPLACE = 0.25;
    private static final double PEOPLE = 0.15;

    /** An internal move one cannot make right now keeps only part of one's relationships. */
    private static final double RELATEDNESS_WITHOUT_OPENING = 0.25;

    private static final Activity[] ACTIVITIES = Activity.values();
    private static final PainPoint[] PAIN_POINTS = PainPoint.values();
    private static final Priority[] PRIORITY_VALUES = Priority.values();
    private static final String CANCELS = "; that rules the move out for now.";
    private static final String[] ENJOYMENT_POINTERS = pointers("enjoyment/", ACTIVITIES);
    private static final String[] PAIN_POINTERS = pointers("painPoints/", PAIN_POINTS);
    private static final String[] PRIORITY_POINTERS = pointers("priorities/", PRIORITY_VALUES);
    private static final String[] SPECIALISATION_POINTERS = pointers("specialisationInterests/", Specialisation.values());
    private static final String[] SPECIALISATION_TEXTS = Arrays.stream(Specialisation.values())
            .map(specialisation -> "You are drawn to " + specialisation.label() + ", and this role specialises in it.")
            .toArray(String[]::new);
    /** By risk and tolerance ordinal. */
    private static final String[][] RISK_TEXTS = Arrays.stream(Risk.values())
            .map(risk -> Arrays.stream(Risk.values()).map(tolerance -> riskText(risk, tolerance)).toArray(String[]::new))
            .toArray(String[][]::new);

    private Factors() {
    }

    /** Points in tenths, the unit scores are rounded to. */
    static int tenths(double weight, double fit) {
        return (int) Math.round(weight * fit * 10);
    }

    /** Months and points as they are reported: to one decimal. */
    static double toTenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Importance-weighted coverage of the target's requirements: each counts min(self, required) / required. */
    static double skillFit(RoleModel target, int[] skills, Explanation why) {
        double fit = 0;
        for (int i = 0; i < target.requiredSkill.length; i++) {
            int have = skills[target.requiredSkill[i]];
            if (have == 0) {
                continue;
            }
            int need = target.requiredLevel[i];
            double share = target.importance[i] * (double) Math.min(have, need) / need / target.importanceSum;
            fit += share;
            if (why != null) {
                why.add(target.requirementPointers[i], share, target.coverageTexts[i][have]);
            }
        }
        return fit;
    }

    static String coverageText(Catalogue.Skill skill, int have, int need) {
        return skill.name() + ": your " + have + "/5 " + (have >= need ? "meets the level " + need + " this role needs."
                : "covers " + have + " of the " + need + " levels this role needs.");
    }

    /** Months of learning to meet every requirement of the target. */
    static double gapMonths(RoleModel target, int[] skills) {
        double months = 0;
        for (int i = 0; i < target.requiredSkill.length; i++) {
            int missing = target.requiredLevel[i] - skills[target.requiredSkill[i]];
            if (missing > 0) {
                months += missing * target.requiredSkills[i].learningMonthsPerLevel();
            }
        }
        return months;
    }

    /**
     * Enjoyment weighted by what the target's work is made of, with the contrast to the current role: the fit is
     * the sum over activities of enjoyment/5 x {@link PathModel#interestWeight}.
     */
    static double interestFit(PathModel path, int[] enjoyment, Explanation why) {
        double fit = 0;
        for (int a = 0; a < ACTIVITIES.length; a++) {
            fit += path.interestWeight[a] * enjoyment[a] / 5;
        }
        if (why != null) {
            explainInterest(path, enjoyment, why);
        }
        return Math.max(0, Math.min(1, fit));
    }

    /**
     * Attributes the contrast part with enjoyment measured from the middle of the scale. The contrast weights add up
     * to zero over all activities, so the total is unchanged, but leaving behind work one rates low now counts in
     * the move's favour, as the person would expect, rather than against it.
     */
    private static void explainInterest(PathModel path, int[] enjoyment, Explanation why) {
        for (int a = 0; a < ACTIVITIES.length; a++) {
            double target = path.to.activityShare[a];
            double change = target - path.from.activityShare[a];
            double share = (target * enjoyment[a] + CONTRAST * change * (enjoyment[a] - MIDDLE_RATING)) / 5;
            if (share != 0) {
                why.add(ENJOYMENT_POINTERS[a], share, path.enjoymentTexts[a][enjoyment[a]]);
            }
        }
    }

    static String enjoymentText(RoleModel from, RoleModel to, Activity activity, int enjoyment) {
        int targetPercent = to.activityPercent[activity.ordinal()];
        int currentPercent = from.activityPercent[activity.ordinal()];
        String liking = enjoyment >= 3 ? "You enjoy " + activity.label() + " (" + enjoyment + "/5)"
                : enjoyment > 0 ? "You enjoy " + activity.label() + " only a little (" + enjoyment + "/5)"
                : "You rate " + activity.label() + " 0/5 for enjoyment";
        String inTarget = targetPercent == 0 ? "none of this role's work" : targetPercent + "% of this role's work";
        String comparison = targetPercent == currentPercent ? "as in your current role"
                : (targetPercent > currentPercent ? "up from " : "down from ") + currentPercent + "% in your current role";
        return liking + ": " + inTarget + ", " + comparison + ".";
    }

    /**
     * Pain points the move relieves, priorities the target's characteristics meet, a specialisation one is drawn to,
     * and a way back into data science; each counts only if the person expressed it.
     */
    static double motivationFit(PathModel path, Respondent person, Explanation why) {
        boolean pains = person.painCount > 0;
        boolean priorities = person.priorityTotal > 0;
        boolean specialisations = person.specialisationMask != 0;
        boolean returning = person.mayReturnToDataScience;
        double expressed = (pains ? PAIN_RELIEF : 0) + (priorities ? PRIORITIES : 0)
                + (specialisations ? SPECIALISATION : 0) + (returning ? RETURN_TO_DATA_SCIENCE : 0);
        if (expressed == 0) {
            return 0;
        }
        double fit = 0;
        if (pains) {
            int relieved = person.painMask & path.reliefMask;
            double perPain = PAIN_RELIEF / expressed / person.painCount;
            fit += perPain * Integer.bitCount(relieved);
            if (why != null) {
                for (PainPoint pain : PAIN_POINTS) {
                    if ((relieved & Masks.bit(pain)) != 0) {
                        why.add(PAIN_POINTERS[pain.ordinal()], perPain, path.reliefTexts[pain.ordinal()]);
                    }
                }
            }
        }
        if (priorities) {
            double perWeight = PRIORITIES / expressed / person.priorityTotal;
            for (Priority priority : PRIORITY_VALUES) {
                int weight = person.priorities[priority.ordinal()];
                if (weight == 0) {
                    continue;
                }
                double met = priority == Priority.RELATEDNESS ? relatedness(path, person)
                        : path.to.priorityFit[priority.ordinal()];
                double share = perWeight * weight * met;
                fit += share;
                if (why != null) {
                    why.add(PRIORITY_POINTERS[priority.ordinal()], share,
                            path.priorityTexts[person.internalMoveAvailable ? 1 : 0][priority.ordinal()]);
                }
            }
        }
        Specialisation specialisation = path.to.role.specialisation();
        if (specialisations && specialisation != null && (person.specialisationMask & Masks.bit(specialisation)) != 0) {
            double share = SPECIALISATION / expressed;
            fit += share;
            if (why != null) {
                why.add(SPECIALISATION_POINTERS[specialisation.ordinal()], share,
                        SPECIALISATION_TEXTS[specialisation.ordinal()]);
            }
        }
        if (returning) {
            double share = RETURN_TO_DATA_SCIENCE / expressed * path.to.returnToDataScience;
            fit += share;
            if (why != null) {
                why.add("constraints/mayReturnToDataScience", share, path.to.returnText);
            }
        }
        return fit;
    }

    private static double relatedness(PathModel path, Respondent person) {
        if (path.path.requiresNewCompany()) {
            return 0;
        }
        return person.internalMoveAvailable ? 1 : RELATEDNESS_WITHOUT_OPENING;
    }

    static String returnText(Catalogue.Characteristics characteristics) {
        return "You may want data science back later; this role keeps that door open at "
                + characteristics.returnToDataScience() + "/5.";
    }

    static String reliefText(RoleModel to, Catalogue.Option option, PainPoint pain) {
        return "Eases " + pain.label() + ", one of your pain points: " + ((to.reliefMask & Masks.bit(pain)) != 0
                ? "the " + to.role.title() + " role relieves it." : "moves of this kind (" + option.title() + ") relieve it.");
    }

    static String priorityText(Catalogue.Path move, RoleModel from, RoleModel to, Priority priority,
                               boolean internalMoveAvailable) {
        Catalogue.Characteristics c = to.role.characteristics();
        String detail = switch (priority) {
            case AUTONOMY -> "this role rates " + c.autonomy() + "/5 on autonomy";
            case STABILITY -> "this role rates " + c.stability() + "/5 on stability";
            case GROWTH_PACE -> "this role rates " + c.pace() + "/5 on pace";
            case CLOSENESS_TO_BUSINESS -> "this role rates " + c.closenessToBusiness() + "/5 on closeness to the business";
            case INFLUENCE -> "this role's influence comes from " + c.influenceType().label() + ", with autonomy "
                    + c.autonomy() + "/5";
            case COMPETENCE -> "success here is concrete at " + c.successConcreteness() + "/5 and its skills run to level "
                    + oneDecimal(to.averageRequiredLevel) + " on average";
            case RELATEDNESS -> move.requiresNewCompany() ? "the move means a new company and new relationships"
                    : internalMoveAvailable ? "an internal move keeps your relationships and organisational understanding"
                    : "the move is internal in principle, but with no opening now you may have to rebuild relationships";
            case PAY -> payText(from.role.pay(), to.role.pay());
        };
        return "You value " + priority.label() + ": " + detail + ".";
    }

    private static String payText(Catalogue.Pay from, Catalogue.Pay to) {
        if (to == null) {
            return "no public wage figure covers this role, so it cannot count for pay";
        }
        String current = from == null ? "" : " (your current role: " + from.level() + "/5)";
        return "this role pays at level " + to.level() + "/5" + current + ", a median of "
                + dollars(to.medianAnnualWageUsd()) + " a year (" + to.source() + ")";
    }

    private static String dollars(int amount) {
        return String.format(Locale.ROOT, "$%,d", amount);
    }

    /**
     * Time (months needed against months one will invest), risk against tolerance, whether the move fits where one
     * is willing to work, and people management. A move one ruled out (new company, managing people) scores 0.
     *
     * @param gapMonths months of learning one's own skill gaps need; the move needs the lesser of that and
     *                  the path's typical effort, since the typical effort already assumes learning on the job
     */
    static double feasibility(PathModel path, Respondent person, double gapMonths, Explanation why) {
        Catalogue.Path move = path.path;
        double monthsNeeded = monthsNeeded(path, gapMonths);
        double time = monthsNeeded <= person.monthsToUpskill ? 1 : person.monthsToUpskill / monthsNeeded;

        int riskAbove = move.risk().ordinal() - person.riskTolerance.ordinal();
        double risk = riskAbove <= 0 ? 1 : riskAbove == 1 ? 0.5 : 0;

        boolean workplaceRuledOut;
        double workplace;
        if (move.requiresNewCompany()) {
            workplaceRuledOut = !person.openToChangingCompany;
            workplace = workplaceRuledOut ? 0 : 1;
        } else {
            workplaceRuledOut = !person.internalMoveAvailable && !person.openToChangingCompany;
            workplace = person.internalMoveAvailable ? 1 : person.openToChangingCompany ? 0.5 : 0;
        }
        boolean peopleRuledOut = path.to.managesPeople() && !person.openToManagingPeople;
        double people = peopleRuledOut ? 0 : 1;

        double timeShare = TIME * time;
        double riskShare = RISK * risk;
        double workplaceShare = WORKPLACE * workplace;
        double peopleShare = PEOPLE * people;
        boolean ruledOut = workplaceRuledOut || peopleRuledOut;
        if (why != null) {
            // A ruled-out move keeps the other reasons visible; the answer that rules it out takes their points away.
            if (workplaceRuledOut) {
                workplaceShare = -(timeShare + riskShare + peopleShare);
            } else if (peopleRuledOut) {
                peopleShare = -(timeShare + riskShare + workplaceShare);
            }
            why.add("constraints/monthsToUpskill", timeShare, timeText(path, person, gapMonths, monthsNeeded));
            why.add("constraints/riskTolerance", riskShare, RISK_TEXTS[move.risk().ordinal()][person.riskTolerance.ordinal()]);
            why.add(move.requiresNewCompany() ? "constraints/openToChangingCompany" : "constraints/internalMoveAvailable",
                    workplaceShare, workplaceText(move, person, workplaceRuledOut));
            why.add("constraints/openToManagingPeople", peopleShare, peopleText(path, peopleRuledOut));
        }
        return ruledOut ? 0 : timeShare + riskShare + workplaceShare + peopleShare;
    }

    /** The months a move takes: one's own skill gaps, at most the path's typical effort, which assumes learning on the job. */
    static double monthsNeeded(PathModel path, double gapMonths) {
        return Math.min(path.path.effortMonths(), gapMonths);
    }

    private static String timeText(PathModel path, Respondent person, double gapMonths, double monthsNeeded) {
        if (monthsNeeded == 0) {
            return "You already meet every requirement; no upskilling needed before the move.";
        }
        return "Needs about " + months(monthsNeeded) + " of upskilling (your skill gaps: " + months(gapMonths)
                + path.typicalEffortText + (monthsNeeded <= person.monthsToUpskill ? "within" : "more than") + " the "
                + months(person.monthsToUpskill) + " you will invest.";
    }

    static String typicalEffortText(Catalogue.Path move) {
        return ", this move typically: " + months(move.effortMonths()) + "), ";
    }

    static String learnStep(Catalogue.Skill skill, int have, int need) {
        return "Learn " + skill.name() + " to level " + need + " (about "
                + months((need - have) * skill.learningMonthsPerLevel()) + ").";
    }

    private static String riskText(Risk risk, Risk tolerance) {
        int riskAbove = risk.ordinal() - tolerance.ordinal();
        return "The move's risk is " + risk.slug() + ", " + (riskAbove <= 0 ? "within" : riskAbove == 1 ? "above"
                : "far above") + " your " + tolerance.slug() + " tolerance.";
    }

    private static String workplaceText(Catalogue.Path move, Respondent person, boolean ruledOut) {
        if (move.requiresNewCompany()) {
            return ruledOut ? "It means joining another company, which you ruled out" + CANCELS
                    : "It means joining another company, which you are open to.";
        }
        if (person.internalMoveAvailable) {
            return "It can happen inside your company, where an internal move is available.";
        }
        return ruledOut ? "It usually happens inside a company, but no internal move is open to you and you ruled out"
                + " changing company" + CANCELS
                : "It usually happens inside a company; with no internal move open to you, you would change company.";
    }

    private static String peopleText(PathModel path, boolean ruledOut) {
        if (!path.to.managesPeople()) {
            return "The role does not involve managing people.";
        }
        return ruledOut ? "The role manages people, which you ruled out" + CANCELS
                : "The role manages people, which you are open to.";
    }

    private static String[] pointers(String field, Vocabulary[] values) {
        String[] pointers = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            pointers[i] = field + values[i].slug();
        }
        return pointers;
    }

    static String months(double months) {
        return oneDecimal(months) + (Math.round(months * 10) == 10 ? " month" : " months");
    }

    /** Non-negative values only: months and skill levels. */
    static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }
}
