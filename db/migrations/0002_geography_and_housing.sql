-- Moscow's okrugs and districts, the old buildings to vacate and the new ones to move into.

CREATE TABLE okrug (
    code VARCHAR(8) PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL UNIQUE
);

CREATE TABLE district (
    id @ID@,
    okrug_code VARCHAR(8) NOT NULL REFERENCES okrug (code),
    name TEXT NOT NULL CHECK (length(name) > 0),
    name_en TEXT NOT NULL,
    UNIQUE (okrug_code, name)
);

CREATE TABLE building (
    id @ID@,
    kind VARCHAR(3) NOT NULL CHECK (kind IN ('old', 'new')),
    district_id BIGINT NOT NULL REFERENCES district (id),
    address TEXT NOT NULL UNIQUE CHECK (length(address) > 0),
    unom BIGINT UNIQUE CHECK (unom > 0),
    floors INTEGER NOT NULL CHECK (floors BETWEEN 1 AND 99),
    built_year INTEGER CHECK (built_year BETWEEN 1900 AND 2100),
    status VARCHAR(20) NOT NULL,
    CHECK ((kind = 'old' AND status IN ('included', 'vacating', 'vacated', 'demolished'))
        OR (kind = 'new' AND status IN ('under_construction', 'commissioned', 'settling',
                                         'settled')))
);

CREATE TABLE apartment (
    id @ID@,
    building_id BIGINT NOT NULL REFERENCES building (id),
    number VARCHAR(10) NOT NULL CHECK (length(number) > 0),
    floor INTEGER NOT NULL CHECK (floor BETWEEN 1 AND 99),
    rooms INTEGER NOT NULL CHECK (rooms BETWEEN 1 AND 7),
    total_area NUMERIC(6, 1) NOT NULL CHECK (total_area > 0 AND total_area < 1000),
    living_area NUMERIC(6, 1) NOT NULL CHECK (living_area > 0 AND living_area <= total_area),
    cadastral_number VARCHAR(32) UNIQUE,
    -- old stock: occupied -> vacated; new stock: free -> reserved (live offer) -> occupied
    status VARCHAR(10) NOT NULL CHECK (status IN ('free', 'reserved', 'occupied', 'vacated')),
    UNIQUE (building_id, number)
);
