-- The nine SEZ sites identified under CPEC at the 6th JCC (29 Dec 2016), from
-- shared/reference/cpec-sez-zones.csv; sources in shared/reference/SOURCES.md.
-- leasable_is_assumption marks leasable areas that no source publishes (planning assumptions);
-- smart_sez_source says why a zone carries the Smart SEZ designation, which no source assigns
-- to a site yet. Both are data, changed in the registry, not in code.

INSERT INTO sez_zone (code, name, province, location, developer, total_acres, leasable_acres, leasable_source,
    leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez, smart_sez_source, status_note)
  VALUES ('RSEZ', 'Rashakai Special Economic Zone', 'Khyber Pakhtunkhwa', 'M-1 motorway near Nowshera', 'KPEZDMC with China Road & Bridge Corporation',
    1000, 702, 'published industrial area (phases 159+279+264; 76 more commercial)', FALSE, 0, 0,
    TRUE, FALSE, NULL, 'SEZ status granted; plots allocated to enterprises');
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('RSEZ', 'food processing', 0);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('RSEZ', 'textiles', 1);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('RSEZ', 'garments', 2);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('RSEZ', 'building materials', 3);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('RSEZ', 'electronics', 4);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('RSEZ', 'automobile', 5);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('RSEZ', 'pharma', 6);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('RSEZ', 'steel', 7);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('RSEZ', 'engineering', 8);

INSERT INTO sez_zone (code, name, province, location, developer, total_acres, leasable_acres, leasable_source,
    leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez, smart_sez_source, status_note)
  VALUES ('DSEZ', 'Dhabeji Special Economic Zone', 'Sindh', 'Thatta district', 'Sindh Economic Zones Management Company with Zahir Khan & Brothers',
    1530, 1071, 'planning assumption: 70% of total', TRUE, 0, 0,
    TRUE, FALSE, NULL, 'SEZ status approved 2020 and again 2023');
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('DSEZ', 'steel', 0);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('DSEZ', 'cement', 1);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('DSEZ', 'chemicals', 2);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('DSEZ', 'garments', 3);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('DSEZ', 'logistics', 4);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('DSEZ', 'pharma', 5);

INSERT INTO sez_zone (code, name, province, location, developer, total_acres, leasable_acres, leasable_source,
    leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez, smart_sez_source, status_note)
  VALUES ('AIIC', 'Allama Iqbal Industrial City (M-3)', 'Punjab', 'Faisalabad near Sahianwala interchange', 'FIEDMC',
    3217, 2252, 'planning assumption: 70% of total', TRUE, 0, 0,
    TRUE, TRUE, 'planning assumption: lists pharma and information technology, the Smart SEZ sectors (pharma, health, AI)', 'under development since Nov 2019');
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('AIIC', 'textiles', 0);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('AIIC', 'pharma', 1);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('AIIC', 'information technology', 2);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('AIIC', 'chemicals', 3);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('AIIC', 'automobile', 4);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('AIIC', 'services', 5);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('AIIC', 'furniture', 6);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('AIIC', 'apparel', 7);

INSERT INTO sez_zone (code, name, province, location, developer, total_acres, leasable_acres, leasable_source,
    leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez, smart_sez_source, status_note)
  VALUES ('BSEZ', 'Bostan Special Economic Zone', 'Balochistan', 'Pishin district', 'Government of Balochistan and Balochistan Board of Investment and Trade',
    1000, 140, 'published phase I developed area is 200; 70% of it', TRUE, 0, 0,
    TRUE, FALSE, NULL, 'phase I under development');
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('BSEZ', 'fruit processing', 0);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('BSEZ', 'farm machinery', 1);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('BSEZ', 'pharma', 2);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('BSEZ', 'motorbike assembly', 3);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('BSEZ', 'chromite', 4);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('BSEZ', 'cooking oil', 5);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('BSEZ', 'ceramics', 6);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('BSEZ', 'cold storage', 7);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('BSEZ', 'electrical appliances', 8);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('BSEZ', 'halal food', 9);

INSERT INTO sez_zone (code, name, province, location, developer, total_acres, leasable_acres, leasable_source,
    leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez, smart_sez_source, status_note)
  VALUES ('ICTMIZ', 'ICT Model Industrial Zone', 'Islamabad Capital Territory', 'Islamabad', 'Federal government',
    200, 140, 'planning assumption: 70% of total (area not fixed by sources: 200 to 500)', TRUE, 0, 0,
    FALSE, TRUE, 'planning assumption: federal zone in the capital listing pharma, near health and IT institutions', 'development partners sought');
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('ICTMIZ', 'steel', 0);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('ICTMIZ', 'food processing', 1);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('ICTMIZ', 'pharma', 2);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('ICTMIZ', 'chemicals', 3);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('ICTMIZ', 'printing and packaging', 4);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('ICTMIZ', 'light manufacturing', 5);

INSERT INTO sez_zone (code, name, province, location, developer, total_acres, leasable_acres, leasable_source,
    leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez, smart_sez_source, status_note)
  VALUES ('PSMIP', 'Industrial Park on Pakistan Steel Mills land', 'Sindh', 'Port Qasim Karachi', 'Federal government',
    1500, 1050, 'planning assumption: 70% of total', TRUE, 0, 0,
    FALSE, FALSE, NULL, 'pending');
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('PSMIP', 'steel', 0);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('PSMIP', 'automobile', 1);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('PSMIP', 'pharma', 2);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('PSMIP', 'chemicals', 3);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('PSMIP', 'printing and packaging', 4);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('PSMIP', 'garments', 5);

INSERT INTO sez_zone (code, name, province, location, developer, total_acres, leasable_acres, leasable_source,
    leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez, smart_sez_source, status_note)
  VALUES ('MPSEZ', 'Mirpur Special Economic Zone', 'Azad Jammu and Kashmir', 'Mirpur', 'AJK government (unverified)',
    1078, 755, 'planning assumption: 70% of total', TRUE, 0, 0,
    FALSE, FALSE, NULL, 'identified');
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('MPSEZ', 'mixed industries', 0);

INSERT INTO sez_zone (code, name, province, location, developer, total_acres, leasable_acres, leasable_source,
    leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez, smart_sez_source, status_note)
  VALUES ('MMCSEZ', 'Mohmand Marble City', 'Khyber Pakhtunkhwa', 'Mohmand district (ex-FATA)', 'KPEZDMC',
    350, 237, 'published leasable area (290 plots)', FALSE, 0, 0,
    FALSE, FALSE, NULL, 'under development');
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('MMCSEZ', 'marble', 0);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('MMCSEZ', 'minerals', 1);

INSERT INTO sez_zone (code, name, province, location, developer, total_acres, leasable_acres, leasable_source,
    leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez, smart_sez_source, status_note)
  VALUES ('MQSEZ', 'Moqpondass Special Economic Zone', 'Gilgit-Baltistan', 'about 40 km from Gilgit', 'Gilgit-Baltistan government (unverified)',
    250, 175, 'planning assumption: 70% of total', TRUE, 0, 0,
    FALSE, FALSE, NULL, 'put to the Approvals Committee as an export processing zone in 2025');
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('MQSEZ', 'minerals', 0);
INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES ('MQSEZ', 'fruit processing (unverified)', 1);

INSERT INTO sez_zone_event (zone_code, occurred_at, event_type, acres, reserved_after, allocated_after, free_after,
    proposal_ref, process_instance_id, step, actor, detail)
  SELECT code, CURRENT_TIMESTAMP, 'ZONE_REGISTERED', leasable_acres, reserved_acres, allocated_acres,
      leasable_acres - reserved_acres - allocated_acres, NULL, NULL, 'Seed CPEC zone registry', 'migration',
      'Seeded from the CPEC SEZ reference list (6th JCC, 2016)'
  FROM sez_zone;
