-- Indexes for the audit page (db/PageSources auditLog): its action and entity filters read
-- the newest entries first, so each index ends in the time it is sorted on.

CREATE INDEX audit_log_action ON audit_log (action, at);
CREATE INDEX audit_log_entity_at ON audit_log (entity, at);
-- the page's search by record number looks for an entity id of any entity
CREATE INDEX audit_log_entity_id ON audit_log (entity_id);
