-- Speed of the clerk's day at programme scale.
-- programme_counter: the programme counter (households and residents whose keys were handed
-- over) as one row kept by triggers on key_handover. A key handover finds its place among the
-- milestones from it (MilestoneRepository::residentsBefore) instead of summing ~100,000
-- handovers in its transaction. The triggers' names do not start with dashboard_, so bulk
-- loads (db/BulkLoad) keep them: the counter is right after an import or a demo too.

CREATE TABLE programme_counter (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    households BIGINT NOT NULL,
    residents BIGINT NOT NULL
);

INSERT INTO programme_counter (id, households, residents)
SELECT 1, COUNT(*), COALESCE(SUM(residents_count), 0)
FROM key_handover WHERE handed_over_on IS NOT NULL;

-- @sqlite
CREATE TRIGGER counter_handover_insert AFTER INSERT ON key_handover
WHEN NEW.handed_over_on IS NOT NULL
BEGIN
    UPDATE programme_counter SET households = households + 1,
                                 residents = residents + NEW.residents_count
    WHERE id = 1;
END;

-- an update takes the old row out of the count and puts the new one in (two triggers: the
-- statement splitter would take a CASE's END for the trigger's)
CREATE TRIGGER counter_handover_update_old AFTER UPDATE OF handed_over_on, residents_count
ON key_handover
WHEN OLD.handed_over_on IS NOT NULL
BEGIN
    UPDATE programme_counter SET households = households - 1,
                                 residents = residents - OLD.residents_count
    WHERE id = 1;
END;

CREATE TRIGGER counter_handover_update_new AFTER UPDATE OF handed_over_on, residents_count
ON key_handover
WHEN NEW.handed_over_on IS NOT NULL
BEGIN
    UPDATE programme_counter SET households = households + 1,
                                 residents = residents + NEW.residents_count
    WHERE id = 1;
END;

CREATE TRIGGER counter_handover_delete AFTER DELETE ON key_handover
WHEN OLD.handed_over_on IS NOT NULL
BEGIN
    UPDATE programme_counter SET households = households - 1,
                                 residents = residents - OLD.residents_count
    WHERE id = 1;
END;
-- @end
-- @postgres
CREATE FUNCTION counter_handover_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.handed_over_on IS NOT NULL THEN
        UPDATE programme_counter SET households = households - 1,
                                     residents = residents - OLD.residents_count
        WHERE id = 1;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.handed_over_on IS NOT NULL THEN
        UPDATE programme_counter SET households = households + 1,
                                     residents = residents + NEW.residents_count
        WHERE id = 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER counter_handover AFTER INSERT OR DELETE OR UPDATE OF handed_over_on,
    residents_count ON key_handover
    FOR EACH ROW EXECUTE FUNCTION counter_handover_change();
-- @end
