-- Idempotency-Key on POSTs that create: the first answer is kept and given again to a retry with
-- the same key from the same caller; a different request under the same key is refused.
CREATE TABLE idempotency_record (
    actor        VARCHAR(160)  NOT NULL,
    key          VARCHAR(200)  NOT NULL,
    request_hash VARCHAR(64)   NOT NULL,
    state        VARCHAR(10)   NOT NULL CHECK (state IN ('IN_FLIGHT', 'DONE')),
    status       INTEGER,
    content_type VARCHAR(200),
    location     VARCHAR(500),
    etag         VARCHAR(100),
    body         BYTEA,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, key)
);
CREATE INDEX ix_idempotency_created ON idempotency_record (created_at);
