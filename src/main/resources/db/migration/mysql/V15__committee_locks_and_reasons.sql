-- One row per committee, locked (SELECT ... FOR UPDATE) first by every change to the committee's
-- sessions, agendas and waiting proposals: scheduling, gathering, adding, removing, freezing,
-- withdrawing, deciding, closing. Changes to one committee are then taken one at a time on every
-- node, so that no two of them decide on what the other has not committed yet.
CREATE TABLE sez_committee (
  code  VARCHAR(8)  NOT NULL,
  CONSTRAINT pk_sez_committee PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO sez_committee (code) VALUES ('JWG'), ('JCC');

-- The committee's reasons for its decision on an item (required to send back, defer or reject).
ALTER TABLE sez_agenda_item ADD COLUMN decision_reason VARCHAR(1000);

-- An administrator's close of a session that could not close by itself: who, and why.
ALTER TABLE sez_committee_session ADD COLUMN closed_by VARCHAR(128);
ALTER TABLE sez_committee_session ADD COLUMN close_reason VARCHAR(1000);
