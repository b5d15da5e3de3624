-- Retention (gallring, docs/retention.md).

-- The outcome of a decided application, so rejected applications (and their files) can be
-- removed after their retention period. Earlier decisions take their accreditation's outcome.
ALTER TABLE accreditation_application ADD COLUMN outcome VARCHAR(20);
UPDATE accreditation_application a
    JOIN accreditation c ON c.provider_id = a.provider_id AND c.service_type_id = a.service_type_id
SET a.outcome = c.status
WHERE a.status = 'DECIDED' AND c.status IN ('APPROVED', 'REJECTED');
CREATE INDEX ix_application_outcome ON accreditation_application (outcome, decided_at);

CREATE INDEX ix_notification_created ON notification (created_at);
CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);
CREATE INDEX ix_choice_status_valid_to ON choice (status, valid_to);

-- The audit trail stays insert-only, with one exception: the retention job
-- (audit.internal.AuditEventRetention) may delete events older than the cutoff it declares in
-- the session variable @kundval_audit_retention_cutoff for that one statement. Any other delete,
-- and any delete of a younger event, is still refused by the database. Updates stay refused.
-- Whatever cutoff is declared, an event less than a year old is never deleted: the runtime account
-- could set the variable itself, so this floor is what keeps a compromised application from
-- erasing the recent trail (docs/retention.md; the retention period for audit events is at least 365 days).
DROP TRIGGER audit_event_no_delete;
DELIMITER $$
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
    IF @kundval_audit_retention_cutoff IS NULL OR OLD.occurred_at >= @kundval_audit_retention_cutoff
            OR OLD.occurred_at >= UTC_TIMESTAMP(6) - INTERVAL 365 DAY THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events cannot be deleted';
    END IF;
END$$
DELIMITER ;
