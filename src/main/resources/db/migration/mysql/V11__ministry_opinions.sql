-- Each consulted ministry's opinion on a proposal, as data: the JWG's summary reads the latest of
-- each ministry from here instead of parsing the decision log's "Ministry: comments" text.
CREATE TABLE sez_ministry_opinion (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  proposal_ref  VARCHAR(40)   NOT NULL,
  ministry      VARCHAR(200)  NOT NULL,
  opinion       VARCHAR(20)   NOT NULL,
  comments      VARCHAR(4000),
  given_by      VARCHAR(128)  NOT NULL,
  given_at      DATETIME(3)   NOT NULL,
  task_id       VARCHAR(64),
  CONSTRAINT pk_sez_ministry_opinion PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sez_ministry_opinion_proposal ON sez_ministry_opinion (proposal_ref, id);
-- Opinions recorded before this table: the decision log held them as "Ministry: comments".
INSERT INTO sez_ministry_opinion (proposal_ref, ministry, opinion, comments, given_by, given_at, task_id)
SELECT proposal_ref, SUBSTRING(reason, 1, LOCATE(': ', reason) - 1), outcome,
       SUBSTRING(reason, LOCATE(': ', reason) + 2), decided_by, decided_at, task_id
FROM sez_proposal_decision
WHERE step = 'MINISTRY_CONSULTATION' AND LOCATE(': ', reason) > 1
ORDER BY id;
