-- The JWG's and the JCC's sessions, numbered per committee as the bodies number their meetings.
CREATE TABLE sez_committee_session (
  id                   BIGINT         NOT NULL AUTO_INCREMENT,
  committee            VARCHAR(8)     NOT NULL,
  session_number       INT            NOT NULL,
  session_date         DATE           NOT NULL,
  venue                VARCHAR(200)   NOT NULL,
  agenda_cut_off       DATE           NOT NULL,
  status               VARCHAR(16)    NOT NULL,
  process_instance_id  VARCHAR(64),
  scheduled_by         VARCHAR(128)   NOT NULL,
  scheduled_at         DATETIME(3)    NOT NULL,
  agenda_frozen_at     DATETIME(3) ,
  held_at              DATETIME(3) ,
  closed_at            DATETIME(3) ,
  CONSTRAINT pk_sez_committee_session PRIMARY KEY (id),
  CONSTRAINT uq_sez_committee_session_number UNIQUE (committee, session_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sez_committee_session_status ON sez_committee_session (committee, status, session_date);

-- Proposals waiting for a committee's decision (JWG: consultations complete; JCC: endorsed by the
-- JWG, or deferred by the JCC), whether or not a session has them on its agenda yet.
CREATE TABLE sez_committee_waiting (
  proposal_ref  VARCHAR(40)    NOT NULL,
  committee     VARCHAR(8)     NOT NULL,
  since         DATETIME(3)    NOT NULL,
  CONSTRAINT pk_sez_committee_waiting PRIMARY KEY (proposal_ref, committee)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sez_committee_waiting_since ON sez_committee_waiting (committee, since);

-- A session's agenda: each item a proposal, gathered automatically or added with a reason;
-- removed with a reason or withdrawn by the sponsor; decided with the minutes' reference.
-- open_key holds "committee:proposal" while the item is on the agenda of a session not closed,
-- so that the database itself keeps a proposal on at most one open session of a committee.
CREATE TABLE sez_agenda_item (
  id              BIGINT          NOT NULL AUTO_INCREMENT,
  session_id      BIGINT          NOT NULL,
  proposal_ref    VARCHAR(40)     NOT NULL,
  origin          VARCHAR(12)     NOT NULL,
  added_reason    VARCHAR(1000),
  added_by        VARCHAR(128)    NOT NULL,
  added_at        DATETIME(3)     NOT NULL,
  removed_reason  VARCHAR(1000),
  removed_by      VARCHAR(128),
  removed_at      DATETIME(3) ,
  withdrawn_at    DATETIME(3) ,
  decision        VARCHAR(16),
  minutes_ref     VARCHAR(200),
  decided_by      VARCHAR(128),
  decided_at      DATETIME(3) ,
  delivered_at    DATETIME(3) ,
  open_key        VARCHAR(60),
  CONSTRAINT pk_sez_agenda_item PRIMARY KEY (id),
  CONSTRAINT fk_sez_agenda_item_session FOREIGN KEY (session_id) REFERENCES sez_committee_session (id),
  CONSTRAINT uq_sez_agenda_item_open UNIQUE (open_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sez_agenda_item_session ON sez_agenda_item (session_id, id);
CREATE INDEX ix_sez_agenda_item_proposal ON sez_agenda_item (proposal_ref, id);
