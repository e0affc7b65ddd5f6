package io.pathfinder.assessment.scoring;

/** The category a catalogue skill belongs to. */
public enum SkillCategory implements Vocabulary {
    TECHNICAL, ANALYTICAL, BUSINESS, PEOPLE, DOMAIN;

    private final String slug = Slugs.of(this);

    @Override
    public String slug() {
        return slug;
    }

    public static SkillCategory fromSlug(String slug) {
        return Slugs.parse(SkillCategory.class, slug);
    }
}
