package io.pathfinder.assessment.scoring;

/** Where a role's sway comes from: its title, what one knows, or whom one knows. */
public enum InfluenceType implements Vocabulary {
    FORMAL_AUTHORITY("formal authority"), EXPERTISE("expertise"), RELATIONSHIPS("relationships");

    private final String slug = Slugs.of(this);
    private final String label;

    InfluenceType(String label) {
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

    public static InfluenceType fromSlug(String slug) {
        return Slugs.parse(InfluenceType.class, slug);
    }
}
