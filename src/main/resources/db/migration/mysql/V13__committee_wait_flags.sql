-- Waits for a committee that the SLA sweep flagged: more working days than the setting
-- (sezflow.sla.committee-wait-working-days) since the proposal started waiting, and on no open
-- session's agenda. One row per wait: waiting_since is the wait's own start, so a proposal deferred
-- and waiting again can be flagged again, and the key lets two nodes' sweeps record a wait once.
CREATE TABLE sez_committee_wait_flag (
  proposal_ref   VARCHAR(40)    NOT NULL,
  committee      VARCHAR(8)     NOT NULL,
  waiting_since  DATETIME(3)    NOT NULL,
  flagged_at     DATETIME(3)    NOT NULL,
  working_days   INT            NOT NULL,
  CONSTRAINT pk_sez_committee_wait_flag PRIMARY KEY (proposal_ref, committee, waiting_since)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
