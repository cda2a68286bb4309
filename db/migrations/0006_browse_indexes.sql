-- Indexes for the browsing pages (db/PageSources). A page walks the index of its sort column
-- (then id) to read a window of rows. When the page is also filtered by where the rows are
-- (okrug, district, address, household status), the sort index carries the column that the
-- filter looks up, so the walk tests it without reading the table. About 30 MB at moscow
-- scale.

CREATE INDEX household_status_date ON household (status_changed_on, id, old_apartment_id);
CREATE INDEX apartment_area ON apartment (total_area, id, building_id);

DROP INDEX resident_name;
CREATE INDEX resident_name ON resident (name_key, id, household_id);
DROP INDEX resident_birth;
CREATE INDEX resident_birth ON resident (birth_date, id, household_id);

-- @sqlite
-- Statistics for the planner about the rebuilt indexes (sampled: quick at any size).
PRAGMA analysis_limit = 1000;
ANALYZE resident;
ANALYZE household;
ANALYZE apartment;
-- @end
