-- Gift vehicles, milestones of the programme counter, printed certificates and the audit log.

CREATE TABLE vehicle (
    id @ID@,
    vin CHAR(17) NOT NULL UNIQUE CHECK (@VIN(vin)@),
    model VARCHAR(12) NOT NULL CHECK (model IN ('Moskvich 3', 'Moskvich 3e')),
    powertrain VARCHAR(10) NOT NULL CHECK (powertrain IN ('petrol_cvt', 'petrol_mt', 'electric')),
    engine TEXT NOT NULL,
    colour VARCHAR(5) NOT NULL CHECK (colour IN ('white', 'black', 'red', 'grey', 'blue')),
    production_no INTEGER NOT NULL CHECK (production_no > 0),
    epts_number CHAR(15) UNIQUE CHECK (@DIGITS(epts_number,15)@),
    produced_on DATE,
    status VARCHAR(11) NOT NULL DEFAULT 'in_stock'
        CHECK (status IN ('in_stock', 'reserved', 'handed_over')),
    UNIQUE (model, production_no),
    CHECK ((model = 'Moskvich 3e') = (powertrain = 'electric'))
);

CREATE TABLE milestone (
    id @ID@,
    target INTEGER NOT NULL UNIQUE CHECK (target > 0),
    title TEXT,
    reached_on DATE CHECK (@DATE(reached_on)@),
    key_handover_id BIGINT REFERENCES key_handover (id),
    household_id BIGINT REFERENCES household (id),
    resident_id BIGINT REFERENCES resident (id),
    -- a vehicle goes to one milestone at most; a milestone has one vehicle at most
    vehicle_id BIGINT UNIQUE REFERENCES vehicle (id),
    gift_recipient_id BIGINT REFERENCES resident (id),
    gift_handed_over_on DATE,
    CHECK ((reached_on IS NULL) = (household_id IS NULL)),
    CHECK ((reached_on IS NULL) = (resident_id IS NULL)),
    CHECK ((reached_on IS NULL) = (key_handover_id IS NULL)),
    CHECK (vehicle_id IS NULL OR reached_on IS NOT NULL),
    CHECK ((gift_handed_over_on IS NULL) = (gift_recipient_id IS NULL)),
    CHECK (gift_handed_over_on IS NULL OR vehicle_id IS NOT NULL)
);

CREATE TABLE certificate (
    id @ID@,
    kind VARCHAR(12) NOT NULL CHECK (kind IN ('key_handover', 'vehicle_gift')),
    number VARCHAR(32) NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    issued_on DATE NOT NULL,
    key_handover_id BIGINT UNIQUE REFERENCES key_handover (id),
    milestone_id BIGINT UNIQUE REFERENCES milestone (id),
    payload TEXT NOT NULL,
    verification_code VARCHAR(64) NOT NULL UNIQUE,
    print_count INTEGER NOT NULL DEFAULT 1 CHECK (print_count >= 1),
    last_printed_at TEXT,
    UNIQUE (kind, year, seq),
    CHECK ((kind = 'key_handover') = (key_handover_id IS NOT NULL)),
    CHECK ((kind = 'vehicle_gift') = (milestone_id IS NOT NULL))
);

-- Append-only, hash-chained: hash = SHA-256(prev_hash || canonical row text).
CREATE TABLE audit_log (
    id @ID@,
    at TEXT NOT NULL,
    user_id BIGINT REFERENCES app_user (id),
    action VARCHAR(24) NOT NULL,
    entity VARCHAR(24),
    entity_id BIGINT,
    details TEXT,
    prev_hash CHAR(64) NOT NULL,
    hash CHAR(64) NOT NULL UNIQUE
);

-- @sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
-- @end
-- @postgres
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
-- @end
