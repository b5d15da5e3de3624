-- Failed e-mail attempts per notification: the outbox gives up after a few and marks it FAILED.
ALTER TABLE notification ADD COLUMN mail_attempts INT NOT NULL DEFAULT 0;
-- The officer's list of entitlements is read by officer.
CREATE INDEX ix_conversation_officer ON guidance_conversation (officer, created_at);
