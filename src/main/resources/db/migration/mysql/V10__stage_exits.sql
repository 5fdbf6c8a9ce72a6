-- Every time a proposal leaves a stage, how long it stayed: the managers' stage durations over a
-- period (median and 90th percentile) are read from here, by day and duration bucket.
CREATE TABLE sez_stage_exit (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  proposal_ref      VARCHAR(40)   NOT NULL,
  stage             VARCHAR(20)   NOT NULL,
  left_on           DATE          NOT NULL,
  duration_bucket   SMALLINT      NOT NULL,
  duration_seconds  BIGINT        NOT NULL,
  CONSTRAINT pk_sez_stage_exit PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sez_stage_exit_period ON sez_stage_exit (left_on, stage, duration_bucket);
-- Outcomes per month: the closed proposals of a period, by their end.
CREATE INDEX ix_sez_proposal_closed ON sez_proposal (closed_at, stage);
