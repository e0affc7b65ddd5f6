-- Events written in the transaction of the change they describe (module support/outbox): a
-- submission's QuestionnaireSubmitted event commits with its assessment, and the relay publishes it.
CREATE TABLE outbox (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic      VARCHAR(249) NOT NULL,
    record_key VARCHAR(200) NOT NULL,
    payload    TEXT         NOT NULL,
    headers    TEXT         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
