-- Quarterly progress reports of zone enterprises, one row per enterprise and quarter, opened when
-- the quarter's report falls due: the figures reported (investment realised to date, jobs now,
-- exports in the quarter, construction progress), the SEZ authority's review and its question,
-- the enterprise's answer, and when a missing report was reminded and escalated.
CREATE TABLE sez_enterprise_report (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  proposal_ref        VARCHAR(40)   NOT NULL,
  period              VARCHAR(7)    NOT NULL,
  period_start        DATE          NOT NULL,
  due_on              DATE          NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  investment_usd      DECIMAL(18,2),
  jobs_pakistani      INT,
  jobs_foreign        INT,
  exports_usd         DECIMAL(18,2),
  construction_pct    DECIMAL(5,2),
  submitted_by        VARCHAR(128),
  submitted_at        DATETIME(3),
  question            VARCHAR(2000),
  answer              VARCHAR(4000),
  reviewed_by         VARCHAR(128),
  reviewed_at         DATETIME(3),
  reminded_at         DATETIME(3),
  escalated_at        DATETIME(3),
  CONSTRAINT pk_sez_enterprise_report PRIMARY KEY (id),
  CONSTRAINT uq_sez_enterprise_report_period UNIQUE (proposal_ref, period),
  CONSTRAINT fk_sez_enterprise_report_enterprise FOREIGN KEY (proposal_ref) REFERENCES sez_enterprise (proposal_ref),
  CONSTRAINT ck_sez_enterprise_report_status CHECK (status IN ('DUE', 'SUBMITTED', 'QUERIED', 'ANSWERED', 'ACCEPTED')),
  CONSTRAINT ck_sez_enterprise_report_figures CHECK ((investment_usd IS NULL OR investment_usd >= 0)
      AND (jobs_pakistani IS NULL OR jobs_pakistani >= 0) AND (jobs_foreign IS NULL OR jobs_foreign >= 0)
      AND (exports_usd IS NULL OR exports_usd >= 0)
      AND (construction_pct IS NULL OR (construction_pct >= 0 AND construction_pct <= 100)))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
