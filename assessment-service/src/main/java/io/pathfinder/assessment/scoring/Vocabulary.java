package io.pathfinder.assessment.scoring;

/**
 * A value of one of the closed vocabularies shared by the catalogue and the questionnaire. Each is an enum named
 * after its schema in the contract: the schema defines the values, in order, and their labels; the enum names the
 * same values for the compiler, and {@link VocabularyTable} checks that the two agree when the enum is first used.
 * In JSON every value is the lower-case kebab form of its constant's name, e.g. {@code VAGUE_SUCCESS -> vague-success}.
 */
public interface Vocabulary {

    default String slug() {
        return VocabularyTable.of(this).slug(this);
    }

    /** Words for texts shown to people, e.g. {@code "vague success"}. */
    default String label() {
        return VocabularyTable.of(this).label(this);
    }

    /** The constant with this slug, or null when there is none. */
    static <E extends Enum<E> & Vocabulary> E find(Class<E> type, String slug) {
        return slug == null ? null : type.cast(VocabularyTable.of(type).constant(slug));
    }

    static <E extends Enum<E> & Vocabulary> E parse(Class<E> type, String slug) {
        E value = find(type, slug);
        if (value == null) {
            throw new IllegalArgumentException("'" + slug + "' is not a " + type.getSimpleName() + " slug");
        }
        return value;
    }
}
