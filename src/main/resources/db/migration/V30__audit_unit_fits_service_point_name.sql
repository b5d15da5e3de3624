-- The audit trail's "where" (unit) copies a service point's name, which the register allows up to
-- 200 characters: a longer name than 100 made every look-up at that service point fail on the
-- audit write. The column now fits every name the register accepts.
ALTER TABLE audit_event MODIFY unit VARCHAR(200);
