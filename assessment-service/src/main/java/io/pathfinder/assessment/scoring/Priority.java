package io.pathfinder.assessment.scoring;

/** What a person wants from their next role, each weighted 0-5 in the questionnaire. */
public enum Priority implements Vocabulary {
    AUTONOMY("autonomy"),
    COMPETENCE("competence"),
    RELATEDNESS("relatedness"),
    STABILITY("stability"),
    GROWTH_PACE("growth and pace"),
    INFLUENCE("influence"),
    PAY("pay"),
    CLOSENESS_TO_BUSINESS("closeness to the business");

    private final String slug = Slugs.of(this);
    private final String label;

    Priority(String label) {
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

    public static Priority fromSlug(String slug) {
        return Slugs.parse(Priority.class, slug);
    }
}
