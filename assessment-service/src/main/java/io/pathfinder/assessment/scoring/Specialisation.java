package io.pathfinder.assessment.scoring;

/** An area of data science one can go deep in. */
public enum Specialisation implements Vocabulary {
    COMPUTER_VISION("computer vision"),
    NLP_LLM("NLP and LLMs"),
    RECOMMENDATION("recommendation systems"),
    TIME_SERIES("time series"),
    EXPERIMENTATION_CAUSAL_INFERENCE("experimentation and causal inference");

    private final String slug = Slugs.of(this);
    private final String label;

    Specialisation(String label) {
        this.label = label;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String label() {
        return label;
    }

    public static Specialisation fromSlug(String slug) {
        return Slugs.parse(Specialisation.class, slug);
    }
}
