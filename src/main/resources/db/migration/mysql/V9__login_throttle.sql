-- Failed logins per client (remote address) and account: a client that keeps failing for an
-- account is slowed down for that account only, so a stranger cannot lock anyone else out.
CREATE TABLE sez_login_throttle (
  client_key       VARCHAR(64)  NOT NULL,
  user_id          VARCHAR(64)  NOT NULL,
  failures         INT          NOT NULL,
  blocked_until    DATETIME(3)  NULL,
  last_failure_at  DATETIME(3)  NOT NULL,
  CONSTRAINT pk_sez_login_throttle PRIMARY KEY (client_key, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sez_login_throttle_user ON sez_login_throttle (user_id);
CREATE INDEX ix_sez_login_throttle_last_failure ON sez_login_throttle (last_failure_at);
