-- A foreign-key check share-locks the referenced zone row. A transaction that writes an event or a
-- pipeline count (share lock) and then locks the zone's land account (SELECT ... FOR UPDATE)
-- deadlocks with a concurrent one doing the same (both hold the share lock, both wait for the
-- exclusive one). The zone codes of these rows are checked by the code that writes them, and
-- zones are never deleted, so these references go without a foreign key.
ALTER TABLE sez_zone_event DROP CONSTRAINT fk_sez_zone_event_zone;
ALTER TABLE sez_zone_pipeline DROP CONSTRAINT fk_sez_zone_pipeline_zone;
ALTER TABLE sez_proposal DROP CONSTRAINT fk_sez_proposal_zone;
