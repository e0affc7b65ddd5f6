package io.pathfinder.assessment.store;

/** Where an assessment stands in its scoring; the contract shows it as AssessmentStatus. */
public enum AssessmentState {
    PENDING, SCORED, FAILED
}
