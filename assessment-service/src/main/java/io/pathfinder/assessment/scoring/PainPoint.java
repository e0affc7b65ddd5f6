package io.pathfinder.assessment.scoring;

/** What drives data scientists away from their current work; roles and options say which ones they relieve. */
public enum PainPoint implements Vocabulary {
    LACK_OF_AUTONOMY, UPSTREAM_CHURN, POORLY_SCOPED_REQUESTS, NO_ACCOUNTABILITY, VAGUE_SUCCESS,
    MISSING_INFRASTRUCTURE, BAD_MANAGER_OR_TEAM, SLOW_PACE_RED_TAPE, VOLATILITY, NO_ARCHITECTURE_INFLUENCE
}
