-- Token buckets of the rate limits (support/ratelimit), shared by every instance of the service: one row
-- per client class and caller, its state written by Bucket4j, removed a minute after it is full again.
CREATE TABLE rate_limit_buckets (
    id         TEXT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
