package io.pathfinder.assessment.scoring;

/** What drives data scientists away from their current work; roles and options say which ones they relieve. */
public enum PainPoint implements Vocabulary {
    LACK_OF_AUTONOMY("lack of autonomy"),
    UPSTREAM_CHURN("upstream churn"),
    POORLY_SCOPED_REQUESTS("poorly scoped requests"),
    NO_ACCOUNTABILITY("no accountability"),
    VAGUE_SUCCESS("vague success"),
    MISSING_INFRASTRUCTURE("missing infrastructure"),
    BAD_MANAGER_OR_TEAM("a bad manager or team"),
    SLOW_PACE_RED_TAPE("slow pace and red tape"),
    VOLATILITY("volatility"),
    NO_ARCHITECTURE_INFLUENCE("no influence on architecture");

    private final String slug = Slugs.of(this);
    private final String label;

    PainPoint(String label) {
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

    public static PainPoint fromSlug(String slug) {
        return Slugs.parse(PainPoint.class, slug);
    }
}
