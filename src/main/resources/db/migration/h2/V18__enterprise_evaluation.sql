-- What the evaluation reads, kept with each step as a zone keeps its land account: the figures of
-- the enterprise's latest accepted progress report (investment realised to date, jobs now) and its
-- exports summed over its accepted reports; the days from the allotment letter to commercial
-- operations, once verified; and whether a deadline it works towards was extended.
ALTER TABLE sez_enterprise ADD COLUMN realised_investment_usd DECIMAL(18,2) NOT NULL DEFAULT 0;
ALTER TABLE sez_enterprise ADD COLUMN jobs_pakistani INT NOT NULL DEFAULT 0;
ALTER TABLE sez_enterprise ADD COLUMN jobs_foreign INT NOT NULL DEFAULT 0;
ALTER TABLE sez_enterprise ADD COLUMN exports_usd DECIMAL(18,2) NOT NULL DEFAULT 0;
ALTER TABLE sez_enterprise ADD COLUMN days_to_operations INT;
ALTER TABLE sez_enterprise ADD COLUMN behind_schedule BOOLEAN NOT NULL DEFAULT FALSE;
