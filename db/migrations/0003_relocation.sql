-- Households and their residents, and each household's way to the new apartment:
-- offers, the exchange contract and the key handover.

CREATE TABLE household (
    id @ID@,
    case_number VARCHAR(20) NOT NULL UNIQUE,
    old_apartment_id BIGINT NOT NULL REFERENCES apartment (id),
    status VARCHAR(24) NOT NULL CHECK (status IN (
        'included', 'notified', 'offer_sent', 'viewed', 'consented', 'refused',
        'contract_drafted', 'contract_signed', 'keys_handed_over', 'old_apartment_vacated',
        'extra_space_purchase', 'compensation', 'court')),
    included_on DATE NOT NULL CHECK (included_on >= '2017-01-01' AND @DATE(included_on)@),
    status_changed_on DATE NOT NULL CHECK (status_changed_on >= included_on),
    notified_on DATE CHECK (notified_on >= included_on)
);

CREATE TABLE resident (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES household (id),
    last_name TEXT NOT NULL CHECK (length(last_name) > 0),
    first_name TEXT NOT NULL CHECK (length(first_name) > 0),
    patronymic TEXT,
    -- upper-cased 'LAST FIRST' with Ё as Е: the key for name search and sort
    name_key TEXT NOT NULL,
    sex CHAR(1) NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date DATE NOT NULL CHECK (birth_date >= '1900-01-01' AND @DATE(birth_date)@),
    relation VARCHAR(12) NOT NULL CHECK (relation IN (
        'head', 'spouse', 'child', 'parent', 'sibling', 'grandchild', 'other')),
    snils CHAR(11) UNIQUE CHECK (@DIGITS(snils,11)@),
    passport CHAR(10) UNIQUE CHECK (@DIGITS(passport,10)@),
    phone VARCHAR(11) CHECK (@DIGITS(phone,11)@)
);

-- Every status change of a household, for the case history.
CREATE TABLE household_event (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES household (id),
    happened_on DATE NOT NULL,
    from_status VARCHAR(24),
    to_status VARCHAR(24) NOT NULL,
    user_id BIGINT REFERENCES app_user (id),
    note TEXT
);

CREATE TABLE offer (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES household (id),
    new_apartment_id BIGINT NOT NULL REFERENCES apartment (id),
    letter_on DATE NOT NULL CHECK (@DATE(letter_on)@),
    viewed_on DATE CHECK (viewed_on >= letter_on),
    decision VARCHAR(10) NOT NULL DEFAULT 'pending'
        CHECK (decision IN ('pending', 'consented', 'refused', 'withdrawn')),
    decided_on DATE CHECK (decided_on >= letter_on),
    refusal_reason VARCHAR(20) CHECK (refusal_reason IN (
        'technical_condition', 'layout', 'more_area', 'several_apartments',
        'another_building', 'another_district', 'floor', 'other')),
    override_reason TEXT,
    override_by BIGINT REFERENCES app_user (id),
    CHECK ((decision = 'refused') = (refusal_reason IS NOT NULL)),
    CHECK ((decision = 'pending') = (decided_on IS NULL)),
    CHECK ((override_reason IS NULL) = (override_by IS NULL))
);

CREATE TABLE contract (
    id @ID@,
    household_id BIGINT NOT NULL UNIQUE REFERENCES household (id),
    offer_id BIGINT NOT NULL UNIQUE REFERENCES offer (id),
    number VARCHAR(32) NOT NULL UNIQUE,
    type VARCHAR(14) NOT NULL CHECK (type IN ('exchange', 'extra_purchase', 'compensation')),
    drafted_on DATE NOT NULL,
    signed_on DATE CHECK (signed_on >= drafted_on AND @DATE(signed_on)@)
);

-- The appointment to hand over keys, then the handover itself. Rows with handed_over_on
-- set are what the programme counter counts.
CREATE TABLE key_handover (
    id @ID@,
    household_id BIGINT NOT NULL UNIQUE REFERENCES household (id),
    new_apartment_id BIGINT NOT NULL UNIQUE REFERENCES apartment (id),
    contract_id BIGINT NOT NULL UNIQUE REFERENCES contract (id),
    scheduled_for DATE CHECK (@DATE(scheduled_for)@),
    handed_over_on DATE CHECK (@DATE(handed_over_on)@),
    residents_count INTEGER NOT NULL CHECK (residents_count BETWEEN 1 AND 30),
    key_sets INTEGER NOT NULL DEFAULT 2 CHECK (key_sets BETWEEN 1 AND 10),
    recorded_by BIGINT REFERENCES app_user (id),
    CHECK (scheduled_for IS NOT NULL OR handed_over_on IS NOT NULL),
    CHECK (handed_over_on >= '2018-01-01')
);
