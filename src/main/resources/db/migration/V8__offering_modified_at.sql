-- When an offering's public facts last changed: the open-data API's last_modified and its
-- modified_after filter. Existing rows start at the migration's time (their real history is in
-- listing_change only for portal edits).
ALTER TABLE offering ADD COLUMN modified_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
CREATE INDEX ix_offering_modified_at ON offering (modified_at);
