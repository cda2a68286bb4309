-- Indexes for every lookup, join and sort the pages and services use. Foreign keys get an
-- index each (SQLite does not create them), and each sortable column of a big table an index
-- ending in id so that keyset paging stays on the index.

CREATE INDEX district_okrug ON district (okrug_code);
CREATE INDEX building_district ON building (district_id, kind);
CREATE INDEX building_kind_status ON building (kind, status);

-- the offer picker looks for free apartments of a size: only free stock is indexed
CREATE INDEX apartment_free_stock ON apartment (rooms, total_area) WHERE status = 'free';

CREATE INDEX household_old_apartment ON household (old_apartment_id);
CREATE INDEX household_status ON household (status, status_changed_on);

CREATE INDEX resident_household ON resident (household_id);
CREATE INDEX resident_name ON resident (name_key, id);
CREATE INDEX resident_birth ON resident (birth_date, id);
CREATE UNIQUE INDEX resident_one_head ON resident (household_id) WHERE relation = 'head';

CREATE INDEX household_event_household ON household_event (household_id, happened_on);

CREATE INDEX offer_household ON offer (household_id);
-- an apartment is under one live offer at most, a household has one live offer at most
CREATE UNIQUE INDEX offer_live_apartment ON offer (new_apartment_id)
    WHERE decision IN ('pending', 'consented');
CREATE UNIQUE INDEX offer_live_household ON offer (household_id)
    WHERE decision IN ('pending', 'consented');
CREATE INDEX offer_pending_letter ON offer (letter_on) WHERE decision = 'pending';

CREATE INDEX contract_unsigned ON contract (drafted_on) WHERE signed_on IS NULL;

-- the programme counter reads handovers in (handed_over_on, id) order
CREATE INDEX key_handover_counter ON key_handover (handed_over_on, id, residents_count)
    WHERE handed_over_on IS NOT NULL;
CREATE INDEX key_handover_scheduled ON key_handover (scheduled_for) WHERE handed_over_on IS NULL;

CREATE INDEX milestone_reached ON milestone (reached_on);
CREATE INDEX vehicle_status ON vehicle (status, model, production_no);

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_user ON audit_log (user_id, at);
CREATE INDEX audit_log_at ON audit_log (at);
