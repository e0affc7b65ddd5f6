CREATE TABLE assessment (
    id                    UUID         NOT NULL PRIMARY KEY,
    tenant                VARCHAR(100) NOT NULL,
    idempotency_key       VARCHAR(100),
    answers_hash          VARCHAR(64)  NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    questionnaire_version VARCHAR(40)  NOT NULL,
    answers               TEXT         NOT NULL,
    result                TEXT,
    failure               VARCHAR(2000),
    submitted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT assessment_idempotency UNIQUE (tenant, idempotency_key)
);

CREATE INDEX assessment_by_tenant ON assessment (tenant, submitted_at);
