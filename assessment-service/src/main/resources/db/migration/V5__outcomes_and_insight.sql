-- What became of people after their assessments, one outcome per assessment (the one recorded last),
-- erased with the assessment. happened_at is when they moved, or when staying was recorded.
CREATE TABLE outcome (
    assessment_id UUID         NOT NULL PRIMARY KEY REFERENCES assessment (id) ON DELETE CASCADE,
    tenant        VARCHAR(100) NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    role          VARCHAR(80),
    move          VARCHAR(16),
    moved_at      TIMESTAMP WITH TIME ZONE,
    satisfaction  SMALLINT     NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    happened_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX outcome_by_tenant ON outcome (tenant, happened_at);

-- Cohort insight, materialised from pathfinder.recommendations-scored.v1 (rebuildable from it): per scored
-- assessment what its top recommendation was, with the current role and internal-move answer from its
-- answers. Erased with the assessment.
CREATE TABLE insight_person (
    assessment_id           UUID         NOT NULL PRIMARY KEY REFERENCES assessment (id) ON DELETE CASCADE,
    tenant                  VARCHAR(100) NOT NULL,
    scored_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The Monday (UTC) of the scoring's week: the cells of the k-anonymous counts are weeks.
    week                    DATE         NOT NULL,
    from_role            VARCHAR(80)  NOT NULL,
    internal_move_available BOOLEAN      NOT NULL,
    top_option              VARCHAR(80)  NOT NULL,
    top_target_role         VARCHAR(80)  NOT NULL,
    top_score               DOUBLE PRECISION NOT NULL,
    materialised_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX insight_person_by_tenant ON insight_person (tenant, week, from_role);

-- The skill gaps of the top recommendation.
CREATE TABLE insight_gap (
    assessment_id UUID        NOT NULL REFERENCES insight_person (assessment_id) ON DELETE CASCADE,
    skill         VARCHAR(80) NOT NULL,
    score_gain    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (assessment_id, skill)
);
