-- The mail outbox: each message to a partner is written in the transaction of the step that causes
-- it and sent after commit by the outbox's sender, which claims it for a lease first (one node sends
-- it), retries with backoff and keeps it DEAD after too many failures. A message whose sender died
-- mid-send (lease past, still SENDING) becomes UNCERTAIN: never sent again on its own.
CREATE TABLE sez_mail (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  proposal_ref     VARCHAR(40)   NOT NULL,
  recipient_name   VARCHAR(200)  NOT NULL,
  recipient_email  VARCHAR(200)  NOT NULL,
  language         VARCHAR(2)    NOT NULL,
  subject          VARCHAR(300)  NOT NULL,
  body             VARCHAR(4000) NOT NULL,
  message_id       VARCHAR(120)  NOT NULL,
  status           VARCHAR(12)   NOT NULL,
  attempts         INT           DEFAULT 0 NOT NULL,
  next_attempt_at  DATETIME(3)  NOT NULL,
  lease_until      DATETIME(3),
  sending_node     VARCHAR(80),
  last_error       VARCHAR(500),
  created_at       DATETIME(3)  NOT NULL,
  sent_at          DATETIME(3),
  CONSTRAINT pk_sez_mail PRIMARY KEY (id),
  CONSTRAINT uq_sez_mail_message_id UNIQUE (message_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sez_mail_due ON sez_mail (status, next_attempt_at);
CREATE INDEX ix_sez_mail_proposal ON sez_mail (proposal_ref);
