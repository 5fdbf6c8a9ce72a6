-- Zone enterprises: a proposal that received its allotment letter, followed by the SEZ authority
-- until it has operated long enough to graduate from monitoring, or until it is cancelled. This
-- row is the home of the enterprise's own facts; its partners, sector, zone and commitments stay
-- on the proposal, its plot on the land holding. Every change locks this row first.
CREATE TABLE sez_enterprise (
  proposal_ref        VARCHAR(40)  NOT NULL,
  status              VARCHAR(24)  NOT NULL,
  allotted_on         DATE         NOT NULL,
  operating_since     DATE,
  monitoring_ends_on  DATE,
  process_instance_id VARCHAR(64),
  established_at      DATETIME(3)  NOT NULL,
  updated_at          DATETIME(3)  NOT NULL,
  ended_at            DATETIME(3),
  CONSTRAINT pk_sez_enterprise PRIMARY KEY (proposal_ref),
  CONSTRAINT fk_sez_enterprise_proposal FOREIGN KEY (proposal_ref) REFERENCES sez_proposal (reference),
  CONSTRAINT ck_sez_enterprise_status CHECK (status IN ('ON_TRACK', 'IN_DEFAULT', 'CANCELLATION_PROPOSED',
      'OPERATING', 'GRADUATED', 'CANCELLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sez_enterprise_status ON sez_enterprise (status);

-- Its milestones, each with the date it is due by (moved only by an extension or a restoration)
-- and what was reported and verified.
CREATE TABLE sez_enterprise_milestone (
  proposal_ref     VARCHAR(40)   NOT NULL,
  milestone        VARCHAR(32)   NOT NULL,
  position         INT           NOT NULL,
  original_due_on  DATE          NOT NULL,
  due_on           DATE          NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  extensions       INT           NOT NULL DEFAULT 0,
  reached_on       DATE,
  note             VARCHAR(2000),
  evidence_ref     VARCHAR(200),
  reported_by      VARCHAR(128),
  reported_at      DATETIME(3),
  verified_by      VARCHAR(128),
  verified_at      DATETIME(3),
  CONSTRAINT pk_sez_enterprise_milestone PRIMARY KEY (proposal_ref, milestone),
  CONSTRAINT fk_sez_enterprise_milestone_enterprise FOREIGN KEY (proposal_ref) REFERENCES sez_enterprise (proposal_ref),
  CONSTRAINT ck_sez_enterprise_milestone_status CHECK (status IN ('PENDING', 'REPORTED', 'VERIFIED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Requests to move a milestone's date, and who decided them on what grounds: the SEZ authority
-- (PENDING until it decides), or, beyond the extensions it may grant, a JCC session (AT_JCC).
CREATE TABLE sez_enterprise_extension (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  proposal_ref      VARCHAR(40)   NOT NULL,
  milestone         VARCHAR(32)   NOT NULL,
  due_on_before     DATE          NOT NULL,
  requested_due_on  DATE          NOT NULL,
  reason            VARCHAR(2000) NOT NULL,
  requested_by      VARCHAR(128)  NOT NULL,
  requested_at      DATETIME(3)   NOT NULL,
  status            VARCHAR(16)   NOT NULL,
  decided_by        VARCHAR(128),
  decided_at        DATETIME(3),
  decision_reason   VARCHAR(2000),
  CONSTRAINT pk_sez_enterprise_extension PRIMARY KEY (id),
  CONSTRAINT fk_sez_enterprise_extension_enterprise FOREIGN KEY (proposal_ref) REFERENCES sez_enterprise (proposal_ref),
  CONSTRAINT ck_sez_enterprise_extension_status CHECK (status IN ('PENDING', 'AT_JCC', 'GRANTED', 'REFUSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sez_enterprise_extension_ref ON sez_enterprise_extension (proposal_ref, id);

-- Show-cause notices after a default: the reply, the SEZ authority's decision, and for a
-- cancellation who proposed it and who (another official) confirmed or refused it.
CREATE TABLE sez_enterprise_notice (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  proposal_ref          VARCHAR(40)   NOT NULL,
  milestone             VARCHAR(32)   NOT NULL,
  missed_due_on         DATE          NOT NULL,
  issued_at             DATETIME(3)   NOT NULL,
  reply_due_on          DATE          NOT NULL,
  answer                VARCHAR(4000),
  answered_by           VARCHAR(128),
  answered_at           DATETIME(3),
  decision              VARCHAR(24),
  decision_reason       VARCHAR(2000),
  decided_by            VARCHAR(128),
  decided_at            DATETIME(3),
  restored_due_on       DATE,
  confirmation          VARCHAR(16),
  confirmation_reason   VARCHAR(2000),
  confirmed_by          VARCHAR(128),
  confirmed_at          DATETIME(3),
  CONSTRAINT pk_sez_enterprise_notice PRIMARY KEY (id),
  CONSTRAINT fk_sez_enterprise_notice_enterprise FOREIGN KEY (proposal_ref) REFERENCES sez_enterprise (proposal_ref),
  CONSTRAINT ck_sez_enterprise_notice_decision CHECK (decision IS NULL
      OR decision IN ('RESTORE', 'PROPOSE_CANCELLATION')),
  CONSTRAINT ck_sez_enterprise_notice_confirmation CHECK (confirmation IS NULL
      OR confirmation IN ('CONFIRM', 'REFUSE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sez_enterprise_notice_ref ON sez_enterprise_notice (proposal_ref, id);

-- The enterprise's timeline: every report, verification, extension, notice and decision, by whom.
CREATE TABLE sez_enterprise_event (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  proposal_ref  VARCHAR(40)   NOT NULL,
  occurred_at   DATETIME(3)   NOT NULL,
  event_type    VARCHAR(40)   NOT NULL,
  milestone     VARCHAR(32),
  actor         VARCHAR(128)  NOT NULL,
  detail        VARCHAR(4000),
  CONSTRAINT pk_sez_enterprise_event PRIMARY KEY (id),
  CONSTRAINT fk_sez_enterprise_event_enterprise FOREIGN KEY (proposal_ref) REFERENCES sez_enterprise (proposal_ref)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sez_enterprise_event_ref ON sez_enterprise_event (proposal_ref, id);

-- Plot numbers given back by a cancellation, taken again (lowest first) by the zone's next allocation.
CREATE TABLE sez_free_plot (
  zone_code    VARCHAR(16)  NOT NULL,
  plot_number  VARCHAR(32)  NOT NULL,
  freed_at     DATETIME(3)  NOT NULL,
  CONSTRAINT pk_sez_free_plot PRIMARY KEY (zone_code, plot_number),
  CONSTRAINT fk_sez_free_plot_zone FOREIGN KEY (zone_code) REFERENCES sez_zone (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
