package io.pathfinder.assessment.scoring;

/** What work is made of: roles have a profile over activities, people say how much they enjoy each. */
public enum Activity implements Vocabulary {
    ANALYSIS_INSIGHT("analysis and insight"),
    MODELLING_RESEARCH("modelling and research"),
    SOFTWARE_ENGINEERING("software engineering"),
    PLATFORM_INFRASTRUCTURE("platform and infrastructure"),
    DATA_PIPELINES("data pipelines"),
    STAKEHOLDER_COMMUNICATION("stakeholder communication"),
    PRODUCT_STRATEGY("product and strategy decisions"),
    EXPERIMENT_DESIGN("experiment design"),
    TEACHING_WRITING("teaching and writing"),
    PEOPLE_LEADERSHIP("people leadership"),
    DOMAIN_DEPTH("domain depth"),
    ENTREPRENEURSHIP("entrepreneurship");

    private final String slug = Slugs.of(this);
    private final String label;

    Activity(String label) {
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

    public static Activity fromSlug(String slug) {
        return Slugs.parse(Activity.class, slug);
    }
}
