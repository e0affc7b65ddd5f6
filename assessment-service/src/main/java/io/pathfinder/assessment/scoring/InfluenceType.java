package io.pathfinder.assessment.scoring;

/** Where a role's sway comes from: its title, what one knows, or whom one knows. */
public enum InfluenceType implements Vocabulary {
    FORMAL_AUTHORITY, EXPERTISE, RELATIONSHIPS
}
