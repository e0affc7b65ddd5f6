package io.pathfinder.assessment.scoring;

/** What a person wants from their next role, each weighted 0-5 in the questionnaire. */
public enum Priority implements Vocabulary {
    AUTONOMY, COMPETENCE, RELATEDNESS, STABILITY, GROWTH_PACE, INFLUENCE, PAY, CLOSENESS_TO_BUSINESS
}
