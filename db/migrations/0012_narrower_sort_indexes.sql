-- Smaller sort indexes for the residents' and apartments' pages (≈12 MB less at moscow
-- scale, and less to sort when a bulk load rebuilds them), as 0010 did for the birth date.
--
-- In SQLite every index of a table with a rowid ends in that rowid (resident.id,
-- apartment.id), so an index on the sort column alone is already read in (column, id) order:
-- the pages' sorts, their keyset paging ((column, id) > (?, ?)) and the name search's range
-- stay on it, and the id that 0006 put in these indexes was stored twice. The household_id
-- (building_id) they carried let a walk filtered by place skip the table; such a walk now
-- reads each walked row (a page of rows; the count of a place goes through resident_household
-- or the building's apartments as before). household_status_date keeps its columns: the
-- relocations page walks it filtered by okrug at programme scale.
-- PostgreSQL appends no row id to its indexes: it keeps 0006's indexes.
-- (New names: the indexes are other ones, and an older file cannot hold them already.)
-- @sqlite
DROP INDEX resident_name;
CREATE INDEX resident_name_key ON resident (name_key);
DROP INDEX apartment_area;
CREATE INDEX apartment_total_area ON apartment (total_area);
PRAGMA analysis_limit = 1000;
ANALYZE resident;
ANALYZE apartment;
-- @end
