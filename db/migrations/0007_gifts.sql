-- Gift vehicles: a vehicle is never given twice and a milestone never gets two vehicles.
-- milestone.vehicle_id is UNIQUE (one milestone per vehicle, one column per milestone); these
-- triggers keep a handed-over gift from being undone or moved, so neither can happen later.

-- The planner reads future appointments in (scheduled_for, id) order with their sizes; this
-- index replaces key_handover_scheduled (same leading column).
CREATE INDEX key_handover_appointments ON key_handover (scheduled_for, id, residents_count)
    WHERE handed_over_on IS NULL;
DROP INDEX key_handover_scheduled;

-- @sqlite
CREATE TRIGGER milestone_gift_frozen BEFORE UPDATE OF vehicle_id, gift_recipient_id,
    gift_handed_over_on, reached_on, household_id, resident_id, target ON milestone
WHEN OLD.gift_handed_over_on IS NOT NULL
    AND (NEW.vehicle_id IS NOT OLD.vehicle_id OR NEW.gift_recipient_id IS NOT OLD.gift_recipient_id
         OR NEW.gift_handed_over_on IS NOT OLD.gift_handed_over_on
         OR NEW.reached_on IS NOT OLD.reached_on OR NEW.household_id IS NOT OLD.household_id
         OR NEW.resident_id IS NOT OLD.resident_id OR NEW.target IS NOT OLD.target)
BEGIN
    SELECT RAISE(ABORT, 'milestone gift already handed over');
END;
CREATE TRIGGER milestone_gift_no_delete BEFORE DELETE ON milestone
WHEN OLD.reached_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a reached milestone cannot be removed');
END;
CREATE TRIGGER milestone_vehicle_available BEFORE UPDATE OF vehicle_id ON milestone
WHEN NEW.vehicle_id IS NOT NULL AND NEW.vehicle_id IS NOT OLD.vehicle_id
    AND (SELECT status FROM vehicle WHERE id = NEW.vehicle_id) = 'handed_over'
BEGIN
    SELECT RAISE(ABORT, 'vehicle already handed over');
END;
CREATE TRIGGER vehicle_handed_over_final BEFORE UPDATE ON vehicle
WHEN OLD.status = 'handed_over' AND (NEW.status <> 'handed_over' OR NEW.vin <> OLD.vin)
BEGIN
    SELECT RAISE(ABORT, 'vehicle already handed over');
END;
CREATE TRIGGER vehicle_gift_no_delete BEFORE DELETE ON vehicle
WHEN OLD.status <> 'in_stock'
BEGIN
    SELECT RAISE(ABORT, 'a reserved or given vehicle cannot be removed');
END;
-- @end
-- @postgres
CREATE FUNCTION milestone_gift_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.reached_on IS NOT NULL THEN
            RAISE EXCEPTION 'a reached milestone cannot be removed';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.gift_handed_over_on IS NOT NULL
        AND (NEW.vehicle_id IS DISTINCT FROM OLD.vehicle_id
             OR NEW.gift_recipient_id IS DISTINCT FROM OLD.gift_recipient_id
             OR NEW.gift_handed_over_on IS DISTINCT FROM OLD.gift_handed_over_on
             OR NEW.reached_on IS DISTINCT FROM OLD.reached_on
             OR NEW.household_id IS DISTINCT FROM OLD.household_id
             OR NEW.resident_id IS DISTINCT FROM OLD.resident_id
             OR NEW.target IS DISTINCT FROM OLD.target) THEN
        RAISE EXCEPTION 'milestone gift already handed over';
    END IF;
    IF NEW.vehicle_id IS NOT NULL AND NEW.vehicle_id IS DISTINCT FROM OLD.vehicle_id
        AND (SELECT status FROM vehicle WHERE id = NEW.vehicle_id) = 'handed_over' THEN
        RAISE EXCEPTION 'vehicle already handed over';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER milestone_gift_guard BEFORE UPDATE OR DELETE ON milestone
    FOR EACH ROW EXECUTE FUNCTION milestone_gift_guard();
CREATE FUNCTION vehicle_gift_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'in_stock' THEN
            RAISE EXCEPTION 'a reserved or given vehicle cannot be removed';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'handed_over' AND (NEW.status <> 'handed_over' OR NEW.vin <> OLD.vin) THEN
        RAISE EXCEPTION 'vehicle already handed over';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER vehicle_gift_guard BEFORE UPDATE OR DELETE ON vehicle
    FOR EACH ROW EXECUTE FUNCTION vehicle_gift_guard();
-- @end
