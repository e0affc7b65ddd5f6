package io.pathfinder.assessment.assessment.entity;

public enum AssessmentStatus {
    PENDING, SCORED, FAILED
}
