-- Submissions through the REST API, by client and idempotency key (the Idempotency-Key header, or
-- the client's own proposal reference): a repeated request gets the first answer, a different
-- body under the same key is refused.
CREATE TABLE sez_api_request (
  client           VARCHAR(128) NOT NULL,
  idempotency_key  VARCHAR(100) NOT NULL,
  request_hash     CHAR(64)     NOT NULL,
  proposal_ref     VARCHAR(40)  NOT NULL,
  created_at       DATETIME(3)  NOT NULL,
  CONSTRAINT pk_sez_api_request PRIMARY KEY (client, idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
