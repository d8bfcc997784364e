-- The action domains and strategic objectives given when a diagnostic is started (optional), for the path that
-- follows it. JSON arrays of frame keys, like the answers; null for responses started before they were asked.
alter table diagnostic_response add column domains_json text;
alter table diagnostic_response add column objectives_json text;
