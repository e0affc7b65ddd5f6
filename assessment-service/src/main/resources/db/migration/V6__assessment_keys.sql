-- Each assessment's data key (AES-256), under which its answers and result are sealed in the events
-- (crypto-shredding). Erasing the assessment destroys the key and keeps the row, with no key, as the
-- record that the assessment was erased: a replayed event of it, sealed or an HR platform's in clear,
-- is then skipped rather than scored again. The row holds nothing personal (a random id and a tenant).
CREATE TABLE assessment_key (
    assessment_id UUID         NOT NULL PRIMARY KEY,
    tenant        VARCHAR(100) NOT NULL,
    data_key      BYTEA,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT assessment_key_erased CHECK ((data_key IS NULL) = (erased_at IS NOT NULL))
);
