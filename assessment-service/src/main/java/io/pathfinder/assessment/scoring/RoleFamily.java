package io.pathfinder.assessment.scoring;

/** The family a catalogue role belongs to. */
public enum RoleFamily implements Vocabulary {
    DATA, ENGINEERING, PRODUCT_AND_BUSINESS, LEADERSHIP, ENTREPRENEURSHIP, ADVOCACY, OTHER;

    private final String slug = Slugs.of(this);

    @Override
    public String slug() {
        return slug;
    }

    public static RoleFamily fromSlug(String slug) {
        return Slugs.parse(RoleFamily.class, slug);
    }
}
