-- Provider back office ([desks] 4).
-- An attachment proves one requirement: it is tied to it, and its SHA-256 lets the portal refuse
-- the same file offered as proof of a second requirement. Files stored before this have no
-- requirement (shown as general attachments); their hash is computed here.
ALTER TABLE application_attachment
    ADD COLUMN requirement_id BIGINT   NULL,
    ADD COLUMN sha256         CHAR(64) NULL,
    ADD CONSTRAINT fk_attachment_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
        ON DELETE SET NULL;
UPDATE application_attachment SET sha256 = SHA2(content, 256) WHERE sha256 IS NULL;
CREATE INDEX ix_attachment_hash ON application_attachment (application_id, sha256);

-- The reference number the provider gets when submitting (ANS-2026-0012), stored so the
-- provider, the officers and the messages all quote the same one.
ALTER TABLE accreditation_application
    ADD COLUMN reference VARCHAR(20) NULL,
    ADD CONSTRAINT uq_application_reference UNIQUE (reference);

-- The listing history names the person (display name at the time of the change), not the user name.
ALTER TABLE listing_change
    ADD COLUMN actor_name VARCHAR(200) NULL;
