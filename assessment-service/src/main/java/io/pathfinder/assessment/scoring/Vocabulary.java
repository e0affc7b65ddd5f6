package io.pathfinder.assessment.scoring;

/**
 * A value of one of the fixed vocabularies shared by the catalogue and the questionnaire.
 * In JSON every value is the lower-case kebab form of its Java constant name, e.g. {@code VAGUE_SUCCESS -> vague-success}.
 */
public interface Vocabulary {

    String slug();

    /** Words for texts shown to people, e.g. {@code "vague success"}. */
    default String label() {
        return slug().replace('-', ' ');
    }
}
