-- When the proposal entered its current stage: the time spent per stage feeds the metrics.
ALTER TABLE sez_proposal ADD COLUMN stage_entered_at DATETIME(3);
UPDATE sez_proposal SET stage_entered_at = updated_at;
ALTER TABLE sez_proposal MODIFY stage_entered_at DATETIME(3) NOT NULL;
