-- JV proposals: the record each process step keeps current, its partners, the log of every
-- decision, notifications to the partners and escalations of overdue tasks.

CREATE TABLE sez_proposal (
  reference                VARCHAR(40)   NOT NULL,
  title                    VARCHAR(200)  NOT NULL,
  sector                   VARCHAR(100)  NOT NULL,
  smart_sez_requested      BOOLEAN       NOT NULL,
  zone_code                VARCHAR(16)   NOT NULL,
  acres_requested          DECIMAL(12,2) NOT NULL,
  investment_usd           DECIMAL(18,2) NOT NULL,
  fdi_share_pct            DECIMAL(5,2)  NOT NULL,
  jobs_planned             INT           NOT NULL,
  power_demand_mw          DECIMAL(12,2),
  water_demand_m3_per_day  DECIMAL(14,2),
  sponsor_name             VARCHAR(200)  NOT NULL,
  sponsor_email            VARCHAR(200)  NOT NULL,
  sponsor_phone            VARCHAR(40),
  stage                    VARCHAR(32)   NOT NULL,
  process_instance_id      VARCHAR(64),
  eligible                 BOOLEAN,
  eligibility_reason       VARCHAR(500),
  incentives               VARCHAR(1000),
  mou_draft_reference      VARCHAR(60),
  mou_signed_on            DATE,
  mou_venue                VARCHAR(16),
  mou_signatories          VARCHAR(2000),
  mou_witnesses            VARCHAR(2000),
  jcc_next_session_on      DATE,
  plot_number              VARCHAR(32),
  allotment_letter_no      VARCHAR(60),
  allotment_letter_date    DATE,
  construction_deadline    DATE,
  submitted_at             DATETIME(3)   NOT NULL,
  updated_at               DATETIME(3)   NOT NULL,
  closed_at                DATETIME(3),
  CONSTRAINT pk_sez_proposal PRIMARY KEY (reference),
  CONSTRAINT fk_sez_proposal_zone FOREIGN KEY (zone_code) REFERENCES sez_zone (code),
  CONSTRAINT ck_sez_proposal_acres CHECK (acres_requested > 0),
  CONSTRAINT ck_sez_proposal_investment CHECK (investment_usd > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sez_proposal_partner (
  proposal_ref     VARCHAR(40)   NOT NULL,
  position         INT           NOT NULL,
  name             VARCHAR(200)  NOT NULL,
  country          VARCHAR(8)    NOT NULL,
  registration_no  VARCHAR(60)   NOT NULL,
  equity_pct       DECIMAL(5,2)  NOT NULL,
  CONSTRAINT pk_sez_proposal_partner PRIMARY KEY (proposal_ref, position),
  CONSTRAINT fk_sez_proposal_partner_proposal FOREIGN KEY (proposal_ref) REFERENCES sez_proposal (reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sez_proposal_decision (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  proposal_ref  VARCHAR(40)   NOT NULL,
  step          VARCHAR(40)   NOT NULL,
  outcome       VARCHAR(40)   NOT NULL,
  reason        VARCHAR(4000),
  decided_by    VARCHAR(128)  NOT NULL,
  decided_at    DATETIME(3)   NOT NULL,
  task_id       VARCHAR(64),
  CONSTRAINT pk_sez_proposal_decision PRIMARY KEY (id),
  CONSTRAINT fk_sez_proposal_decision_proposal FOREIGN KEY (proposal_ref) REFERENCES sez_proposal (reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sez_notification (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  proposal_ref  VARCHAR(40)   NOT NULL,
  recipient     VARCHAR(300)  NOT NULL,
  subject       VARCHAR(300)  NOT NULL,
  body          VARCHAR(4000) NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  CONSTRAINT pk_sez_notification PRIMARY KEY (id),
  CONSTRAINT fk_sez_notification_proposal FOREIGN KEY (proposal_ref) REFERENCES sez_proposal (reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sez_task_escalation (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  proposal_ref        VARCHAR(40)   NOT NULL,
  task_id             VARCHAR(64)   NOT NULL,
  task_name           VARCHAR(200)  NOT NULL,
  candidate_group     VARCHAR(64),
  due_at              DATETIME(3),
  escalated_at        DATETIME(3)   NOT NULL,
  priority_before     INT           NOT NULL,
  priority_after      INT           NOT NULL,
  CONSTRAINT pk_sez_task_escalation PRIMARY KEY (id),
  CONSTRAINT fk_sez_task_escalation_proposal FOREIGN KEY (proposal_ref) REFERENCES sez_proposal (reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Proposal references JV-<year>-<nnnnnn>, numbered per year across all nodes.
CREATE TABLE sez_reference_sequence (
  ref_year    INT NOT NULL,
  last_value  INT NOT NULL,
  CONSTRAINT pk_sez_reference_sequence PRIMARY KEY (ref_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Plots are numbered per zone when land is allocated.
ALTER TABLE sez_zone ADD COLUMN last_plot_no INT NOT NULL DEFAULT 0;
ALTER TABLE sez_land_holding ADD COLUMN plot_number VARCHAR(32);

CREATE INDEX ix_sez_proposal_zone_stage ON sez_proposal (zone_code, stage);
CREATE INDEX ix_sez_proposal_decision_ref ON sez_proposal_decision (proposal_ref, id);
CREATE INDEX ix_sez_notification_ref ON sez_notification (proposal_ref, id);
CREATE INDEX ix_sez_task_escalation_ref ON sez_task_escalation (proposal_ref, id);
