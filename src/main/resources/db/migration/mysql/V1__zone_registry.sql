-- Zone registry: SEZ sites, their land accounts, holdings per proposal, pipeline and event log.
-- utf8mb4 so that Chinese and Urdu names survive (Camunda's own tables are utf8).

CREATE TABLE sez_zone (
  code                         VARCHAR(16)   NOT NULL,
  name                         VARCHAR(200)  NOT NULL,
  province                     VARCHAR(100)  NOT NULL,
  location                     VARCHAR(200)  NOT NULL,
  developer                    VARCHAR(300)  NOT NULL,
  total_acres                  DECIMAL(12,2) NOT NULL,
  leasable_acres               DECIMAL(12,2) NOT NULL,
  leasable_source              VARCHAR(300)  NOT NULL,
  leasable_is_assumption       BOOLEAN       NOT NULL,
  reserved_acres               DECIMAL(12,2) NOT NULL DEFAULT 0,
  allocated_acres              DECIMAL(12,2) NOT NULL DEFAULT 0,
  priority                     BOOLEAN       NOT NULL,
  smart_sez                    BOOLEAN       NOT NULL,
  smart_sez_source             VARCHAR(300),
  status_note                  VARCHAR(500),
  CONSTRAINT pk_sez_zone PRIMARY KEY (code),
  -- The last line of defence: the database refuses any account that is negative or over-allocated.
  CONSTRAINT ck_sez_zone_land CHECK (reserved_acres >= 0 AND allocated_acres >= 0
      AND reserved_acres + allocated_acres <= leasable_acres AND leasable_acres <= total_acres)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sez_zone_sector (
  zone_code VARCHAR(16)  NOT NULL,
  sector    VARCHAR(100) NOT NULL,
  position  INT          NOT NULL,
  CONSTRAINT pk_sez_zone_sector PRIMARY KEY (zone_code, sector),
  CONSTRAINT fk_sez_zone_sector_zone FOREIGN KEY (zone_code) REFERENCES sez_zone (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sez_land_holding (
  proposal_ref VARCHAR(40)   NOT NULL,
  zone_code    VARCHAR(16)   NOT NULL,
  acres        DECIMAL(12,2) NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  updated_at   DATETIME(3)   NOT NULL,
  CONSTRAINT pk_sez_land_holding PRIMARY KEY (proposal_ref),
  CONSTRAINT fk_sez_land_holding_zone FOREIGN KEY (zone_code) REFERENCES sez_zone (code),
  CONSTRAINT ck_sez_land_holding_acres CHECK (acres > 0),
  CONSTRAINT ck_sez_land_holding_status CHECK (status IN ('RESERVED', 'ALLOCATED', 'RELEASED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sez_zone_pipeline (
  zone_code VARCHAR(16) NOT NULL,
  stage     VARCHAR(32) NOT NULL,
  proposals INT         NOT NULL,
  CONSTRAINT pk_sez_zone_pipeline PRIMARY KEY (zone_code, stage),
  CONSTRAINT fk_sez_zone_pipeline_zone FOREIGN KEY (zone_code) REFERENCES sez_zone (code),
  CONSTRAINT ck_sez_zone_pipeline_count CHECK (proposals >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sez_zone_event (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  zone_code           VARCHAR(16)   NOT NULL,
  occurred_at         DATETIME(3)   NOT NULL,
  event_type          VARCHAR(32)   NOT NULL,
  acres               DECIMAL(12,2),
  reserved_after      DECIMAL(12,2),
  allocated_after     DECIMAL(12,2),
  free_after          DECIMAL(12,2),
  proposal_ref        VARCHAR(40),
  process_instance_id VARCHAR(64),
  step                VARCHAR(100)  NOT NULL,
  actor               VARCHAR(128)  NOT NULL,
  detail              VARCHAR(500),
  CONSTRAINT pk_sez_zone_event PRIMARY KEY (id),
  CONSTRAINT fk_sez_zone_event_zone FOREIGN KEY (zone_code) REFERENCES sez_zone (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sez_zone_event_zone ON sez_zone_event (zone_code, id);
CREATE INDEX ix_sez_zone_event_proposal ON sez_zone_event (proposal_ref);
CREATE INDEX ix_sez_land_holding_zone ON sez_land_holding (zone_code, status);
