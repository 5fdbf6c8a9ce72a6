-- Each partner's language (EN, ZH or UR) for SEZ Flow's mail and papers, the address its mail goes
-- to, and its firm's name as it writes it (Chinese characters, Urdu). Partners of proposals
-- submitted before read English and have no address on record.
ALTER TABLE sez_proposal_partner ADD COLUMN name_in_own_script VARCHAR(200);
ALTER TABLE sez_proposal_partner ADD COLUMN language VARCHAR(2) DEFAULT 'EN' NOT NULL;
ALTER TABLE sez_proposal_partner ADD COLUMN email VARCHAR(200);
