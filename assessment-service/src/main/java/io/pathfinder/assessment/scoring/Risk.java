package io.pathfinder.assessment.scoring;

/** How risky a transition path is, and how much risk a person tolerates. */
public enum Risk implements Vocabulary {
    LOW, MEDIUM, HIGH;

    private final String slug = Slugs.of(this);

    @Override
    public String slug() {
        return slug;
    }

    public static Risk fromSlug(String slug) {
        return Slugs.parse(Risk.class, slug);
    }
}
