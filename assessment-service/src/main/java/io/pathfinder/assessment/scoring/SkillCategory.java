package io.pathfinder.assessment.scoring;

/** The category a catalogue skill belongs to. */
public enum SkillCategory implements Vocabulary {
    TECHNICAL, ANALYTICAL, BUSINESS, PEOPLE, DOMAIN
}
