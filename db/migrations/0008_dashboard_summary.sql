-- Pre-aggregated figures for the manager dashboard, kept current by triggers so that the
-- dashboard reads a few thousand rows instead of joining a million residents:
-- relocation_day: key handovers done per day and district of the old apartment;
-- district_population: households and residents in the programme per district.
-- (The triggers' names start with dashboard_: db/BulkLoad drops them during a bulk load and
-- rebuilds the tables afterwards, see DashboardRepository::rebuildSummaries.)

CREATE TABLE relocation_day (
    day DATE NOT NULL,
    district_id BIGINT NOT NULL REFERENCES district (id),
    households INTEGER NOT NULL,
    residents INTEGER NOT NULL,
    PRIMARY KEY (day, district_id)
);

CREATE TABLE district_population (
    district_id BIGINT PRIMARY KEY REFERENCES district (id),
    households INTEGER NOT NULL,
    residents INTEGER NOT NULL
);

INSERT INTO relocation_day (day, district_id, households, residents)
SELECT k.handed_over_on, b.district_id, COUNT(*), SUM(k.residents_count)
FROM key_handover k
JOIN household h ON h.id = k.household_id
JOIN apartment a ON a.id = h.old_apartment_id
JOIN building b ON b.id = a.building_id
WHERE k.handed_over_on IS NOT NULL
GROUP BY k.handed_over_on, b.district_id;

INSERT INTO district_population (district_id, households, residents)
SELECT b.district_id, COUNT(*), SUM(m.members)
FROM household h
JOIN apartment a ON a.id = h.old_apartment_id
JOIN building b ON b.id = a.building_id
JOIN (SELECT household_id, COUNT(*) AS members FROM resident GROUP BY household_id) m
    ON m.household_id = h.id
GROUP BY b.district_id;

-- households without members yet still count as households
INSERT INTO district_population (district_id, households, residents)
SELECT b.district_id, COUNT(*), 0
FROM household h
JOIN apartment a ON a.id = h.old_apartment_id
JOIN building b ON b.id = a.building_id
WHERE NOT EXISTS (SELECT 1 FROM resident r WHERE r.household_id = h.id)
GROUP BY b.district_id
ON CONFLICT (district_id) DO UPDATE
SET households = district_population.households + excluded.households;

-- @sqlite
CREATE TRIGGER dashboard_handover_insert AFTER INSERT ON key_handover
WHEN NEW.handed_over_on IS NOT NULL
BEGIN
    INSERT INTO relocation_day (day, district_id, households, residents)
    SELECT NEW.handed_over_on, b.district_id, 1, NEW.residents_count
    FROM household h JOIN apartment a ON a.id = h.old_apartment_id
    JOIN building b ON b.id = a.building_id
    WHERE h.id = NEW.household_id
    ON CONFLICT (day, district_id) DO UPDATE
    SET households = relocation_day.households + 1,
        residents = relocation_day.residents + excluded.residents;
END;

CREATE TRIGGER dashboard_handover_update
AFTER UPDATE OF handed_over_on, residents_count, household_id ON key_handover
BEGIN
    UPDATE relocation_day SET households = households - 1, residents = residents - OLD.residents_count
    WHERE OLD.handed_over_on IS NOT NULL AND day = OLD.handed_over_on
      AND district_id = (SELECT b.district_id FROM household h
                         JOIN apartment a ON a.id = h.old_apartment_id
                         JOIN building b ON b.id = a.building_id WHERE h.id = OLD.household_id);
    INSERT INTO relocation_day (day, district_id, households, residents)
    SELECT NEW.handed_over_on, b.district_id, 1, NEW.residents_count
    FROM household h JOIN apartment a ON a.id = h.old_apartment_id
    JOIN building b ON b.id = a.building_id
    WHERE h.id = NEW.household_id AND NEW.handed_over_on IS NOT NULL
    ON CONFLICT (day, district_id) DO UPDATE
    SET households = relocation_day.households + 1,
        residents = relocation_day.residents + excluded.residents;
    DELETE FROM relocation_day WHERE households = 0 AND day = OLD.handed_over_on;
END;

CREATE TRIGGER dashboard_handover_delete AFTER DELETE ON key_handover
WHEN OLD.handed_over_on IS NOT NULL
BEGIN
    UPDATE relocation_day SET households = households - 1, residents = residents - OLD.residents_count
    WHERE day = OLD.handed_over_on
      AND district_id = (SELECT b.district_id FROM household h
                         JOIN apartment a ON a.id = h.old_apartment_id
                         JOIN building b ON b.id = a.building_id WHERE h.id = OLD.household_id);
    DELETE FROM relocation_day WHERE households = 0 AND day = OLD.handed_over_on;
END;

CREATE TRIGGER dashboard_household_insert AFTER INSERT ON household
BEGIN
    INSERT INTO district_population (district_id, households, residents)
    SELECT b.district_id, 1, 0
    FROM apartment a JOIN building b ON b.id = a.building_id
    WHERE a.id = NEW.old_apartment_id
    ON CONFLICT (district_id) DO UPDATE SET households = district_population.households + 1;
END;

CREATE TRIGGER dashboard_household_delete AFTER DELETE ON household
BEGIN
    UPDATE district_population SET households = households - 1
    WHERE district_id = (SELECT b.district_id FROM apartment a
                         JOIN building b ON b.id = a.building_id WHERE a.id = OLD.old_apartment_id);
END;

CREATE TRIGGER dashboard_resident_insert AFTER INSERT ON resident
BEGIN
    UPDATE district_population SET residents = residents + 1
    WHERE district_id = (SELECT b.district_id FROM household h
                         JOIN apartment a ON a.id = h.old_apartment_id
                         JOIN building b ON b.id = a.building_id WHERE h.id = NEW.household_id);
END;

CREATE TRIGGER dashboard_resident_delete AFTER DELETE ON resident
BEGIN
    UPDATE district_population SET residents = residents - 1
    WHERE district_id = (SELECT b.district_id FROM household h
                         JOIN apartment a ON a.id = h.old_apartment_id
                         JOIN building b ON b.id = a.building_id WHERE h.id = OLD.household_id);
END;

CREATE TRIGGER dashboard_resident_move AFTER UPDATE OF household_id ON resident
BEGIN
    UPDATE district_population SET residents = residents - 1
    WHERE district_id = (SELECT b.district_id FROM household h
                         JOIN apartment a ON a.id = h.old_apartment_id
                         JOIN building b ON b.id = a.building_id WHERE h.id = OLD.household_id);
    UPDATE district_population SET residents = residents + 1
    WHERE district_id = (SELECT b.district_id FROM household h
                         JOIN apartment a ON a.id = h.old_apartment_id
                         JOIN building b ON b.id = a.building_id WHERE h.id = NEW.household_id);
END;
-- @end
-- @postgres
CREATE FUNCTION dashboard_district_of(household BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT b.district_id FROM household h JOIN apartment a ON a.id = h.old_apartment_id
    JOIN building b ON b.id = a.building_id WHERE h.id = household
$$;
CREATE FUNCTION dashboard_handover_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.handed_over_on IS NOT NULL THEN
        UPDATE relocation_day SET households = households - 1,
                                  residents = residents - OLD.residents_count
        WHERE day = OLD.handed_over_on AND district_id = dashboard_district_of(OLD.household_id);
        DELETE FROM relocation_day WHERE households = 0 AND day = OLD.handed_over_on;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.handed_over_on IS NOT NULL THEN
        INSERT INTO relocation_day (day, district_id, households, residents)
        VALUES (NEW.handed_over_on, dashboard_district_of(NEW.household_id), 1,
                NEW.residents_count)
        ON CONFLICT (day, district_id) DO UPDATE
        SET households = relocation_day.households + 1,
            residents = relocation_day.residents + EXCLUDED.residents;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER dashboard_handover AFTER INSERT OR DELETE OR UPDATE OF handed_over_on,
    residents_count, household_id ON key_handover
    FOR EACH ROW EXECUTE FUNCTION dashboard_handover_change();
CREATE FUNCTION dashboard_population_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'household' THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO district_population (district_id, households, residents)
            SELECT b.district_id, 1, 0 FROM apartment a JOIN building b ON b.id = a.building_id
            WHERE a.id = NEW.old_apartment_id
            ON CONFLICT (district_id) DO UPDATE
            SET households = district_population.households + 1;
        ELSE
            UPDATE district_population SET households = households - 1
            WHERE district_id = (SELECT b.district_id FROM apartment a
                                 JOIN building b ON b.id = a.building_id
                                 WHERE a.id = OLD.old_apartment_id);
        END IF;
    ELSE
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            UPDATE district_population SET residents = residents - 1
            WHERE district_id = dashboard_district_of(OLD.household_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            UPDATE district_population SET residents = residents + 1
            WHERE district_id = dashboard_district_of(NEW.household_id);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER dashboard_household AFTER INSERT OR DELETE ON household
    FOR EACH ROW EXECUTE FUNCTION dashboard_population_change();
CREATE TRIGGER dashboard_resident AFTER INSERT OR DELETE OR UPDATE OF household_id ON resident
    FOR EACH ROW EXECUTE FUNCTION dashboard_population_change();
-- @end
