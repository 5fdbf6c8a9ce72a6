-- The proposal search (GET /api/v1/proposals) pages newest first, by zone, by stage or by status.
-- Without these, MySQL read and sorted every matching proposal for a page of 20: 13 ms at 10,000
-- ended proposals and growing with them (README, Benchmark, Growth). Each index gives the page in
-- order and the count from the index alone.
CREATE INDEX ix_sez_proposal_submitted ON sez_proposal (submitted_at, reference);
CREATE INDEX ix_sez_proposal_zone_submitted ON sez_proposal (zone_code, submitted_at, reference);
CREATE INDEX ix_sez_proposal_stage_submitted ON sez_proposal (stage, submitted_at, reference);
