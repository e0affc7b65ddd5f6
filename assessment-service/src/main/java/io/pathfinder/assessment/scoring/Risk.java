package io.pathfinder.assessment.scoring;

/** How risky a transition path is, and how much risk a person tolerates. */
public enum Risk implements Vocabulary {
    LOW, MEDIUM, HIGH
}
