package io.pathfinder.assessment.scoring;

/** The family a catalogue role belongs to. */
public enum RoleFamily implements Vocabulary {
    DATA, ENGINEERING, PRODUCT_AND_BUSINESS, LEADERSHIP, ENTREPRENEURSHIP, ADVOCACY, OTHER
}
