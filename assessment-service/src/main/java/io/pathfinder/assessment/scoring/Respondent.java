package io.pathfinder.assessment.scoring;

import java.util.Map;
import java.util.Set;

/** Validated answers, apart from the current role, turned into arrays indexed like the catalogue's. */
final class Respondent {

    private static final int MAX_MONTHS_TO_UPSKILL = 60;
    private static final Priority[] PRIORITIES = Priority.values();
    private static final String[] ACTIVITY_SLUGS = slugs(Activity.values());
    private static final String[] PRIORITY_SLUGS = slugs(PRIORITIES);

    /** Self-rating per skill index. */
    final int[] skills;
    /** Enjoyment per {@link Activity} ordinal. */
    final int[] enjoyment;
    final int painMask;
    final int painCount;
    /** Weight per {@link Priority} ordinal. */
    final int[] priorities;
    /** Sum of the priorities' weights. */
    final int priorityTotal;
    final int specialisationMask;
    final int monthsToUpskill;
    final Risk riskTolerance;
    final boolean openToChangingCompany;
    final boolean openToManagingPeople;
    final boolean internalMoveAvailable;
    final boolean mayReturnToDataScience;

    Respondent(Answers answers, String[] skillSlugs) {
        skills = ratings("skills", answers.skills(), skillSlugs, "a catalogue skill");
        enjoyment = ratings("enjoyment", answers.enjoyment(), ACTIVITY_SLUGS, "an activity");
        priorities = ratings("priorities", answers.priorities(), PRIORITY_SLUGS, "a priority");
        int total = 0;
        for (int weight : priorities) {
            total += weight;
        }
        priorityTotal = total;

        int pains = 0;
        for (String slug : answers.painPoints()) {
            pains |= Masks.bit(known("painPoints", slug, PainPoint.class, "a pain point"));
        }
        painMask = pains;
        painCount = Integer.bitCount(pains);

        int interests = 0;
        for (String slug : answers.specialisationInterests()) {
            interests |= Masks.bit(known("specialisationInterests", slug, Specialisation.class, "a specialisation"));
        }
        specialisationMask = interests;

        Answers.Constraints constraints = answers.constraints();
        if (constraints == null) {
            throw new UnscorableAnswersException("constraints", "missing");
        }
        monthsToUpskill = constraints.monthsToUpskill();
        if (monthsToUpskill < 0 || monthsToUpskill > MAX_MONTHS_TO_UPSKILL) {
            throw new UnscorableAnswersException("constraints/monthsToUpskill",
                    monthsToUpskill + " is outside 0-" + MAX_MONTHS_TO_UPSKILL);
        }
        riskTolerance = Vocabulary.find(Risk.class, constraints.riskTolerance());
        if (riskTolerance == null) {
            throw new UnscorableAnswersException("constraints/riskTolerance",
                    "'" + constraints.riskTolerance() + "' is not one of low, medium, high");
        }
        openToChangingCompany = constraints.openToChangingCompany();
        openToManagingPeople = constraints.openToManagingPeople();
        internalMoveAvailable = constraints.internalMoveAvailable();
        mayReturnToDataScience = constraints.mayReturnToDataScience();
    }

    private Respondent(Respondent person, int[] skills) {
        this.skills = skills;
        enjoyment = person.enjoyment;
        painMask = person.painMask;
        painCount = person.painCount;
        priorities = person.priorities;
        priorityTotal = person.priorityTotal;
        specialisationMask = person.specialisationMask;
        monthsToUpskill = person.monthsToUpskill;
        riskTolerance = person.riskTolerance;
        openToChangingCompany = person.openToChangingCompany;
        openToManagingPeople = person.openToManagingPeople;
        internalMoveAvailable = person.internalMoveAvailable;
        mayReturnToDataScience = person.mayReturnToDataScience;
    }

    /** The same person with one skill at another level. */
    Respondent withSkill(int skill, int level) {
        int[] raised = skills.clone();
        raised[skill] = level;
        return new Respondent(this, raised);
    }

    /** The same person once every requirement of the role is met: skills below the required level rise to it. */
    Respondent meeting(RoleModel role) {
        int[] raised = skills.clone();
        for (int i = 0; i < role.requiredSkill.length; i++) {
            raised[role.requiredSkill[i]] = Math.max(raised[role.requiredSkill[i]], role.requiredLevel[i]);
        }
        return new Respondent(this, raised);
    }

    /**
     * Ratings by index of the known slugs. Looks each known slug up rather than each answer, which is cheaper on the
     * hot path; an answer with an unknown slug shows up as fewer matches than answers.
     */
    private static int[] ratings(String field, Map<String, Integer> answers, String[] slugs, String kind) {
        int[] ratings = new int[slugs.length];
        int matched = 0;
        for (int i = 0; i < slugs.length && matched < answers.size(); i++) {
            Integer rating = answers.get(slugs[i]);
            if (rating != null) {
                if (rating < 0 || rating > RoleModel.MAX_RATING) {
                    throw new UnscorableAnswersException(field + "/" + slugs[i], rating + " is outside 0-" + RoleModel.MAX_RATING);
                }
                ratings[i] = rating;
                matched++;
            }
        }
        if (matched < answers.size()) {
            Set<String> known = Set.of(slugs);
            for (String slug : answers.keySet()) {
                if (!known.contains(slug)) {
                    throw new UnscorableAnswersException(field + "/" + slug, "not " + kind);
                }
            }
        }
        return ratings;
    }

    private static <E extends Enum<E> & Vocabulary> E known(String field, String slug, Class<E> vocabulary,
                                                            String kind) {
        E value = Vocabulary.find(vocabulary, slug);
        if (value == null) {
            throw new UnscorableAnswersException(field + "/" + slug, "not " + kind);
        }
        return value;
    }

    private static String[] slugs(Vocabulary[] values) {
        String[] slugs = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            slugs[i] = values[i].slug();
        }
        return slugs;
    }
}
