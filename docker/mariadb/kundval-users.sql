-- The two database accounts of Kundval (docs/security.md, "Database accounts"). Run once by a
-- database administrator, with the ${...} placeholders replaced; docker/compose.yaml does it at the
-- MariaDB container's first start (initdb.d/10-kundval-users.sh), and DatabaseAccountsTest runs this
-- same file against a real MariaDB.
--
-- Migration user (KUNDVAL_DB_MIGRATION_USER): owns the schema. Flyway runs the migrations with it
-- at start-up (spring.flyway.user), so it may create, alter and drop tables, indexes and triggers.
--
-- Runtime user (KUNDVAL_DB_USER): what the application's connection pool uses for every request.
-- Only reads and writes rows: no CREATE, ALTER, DROP, INDEX, TRIGGER, REFERENCES, CREATE ROUTINE,
-- LOCK TABLES, FILE or GRANT. It therefore cannot drop or alter the audit table, cannot TRUNCATE it
-- (that needs DROP), and cannot drop the triggers that refuse UPDATE and DELETE on audit_event
-- (V1__schema.sql): a compromised or buggy application cannot undo the audit trail.
-- Retention of audit events therefore cannot be done with this account either: it needs a
-- migration that changes the DELETE trigger (e.g. to allow only rows past the retention period).

CREATE USER IF NOT EXISTS '${KUNDVAL_DB_MIGRATION_USER}'@'${KUNDVAL_DB_CLIENT_HOST}'
    IDENTIFIED BY '${KUNDVAL_DB_MIGRATION_PASSWORD}';
GRANT ALL PRIVILEGES ON `${KUNDVAL_DB_NAME}`.* TO '${KUNDVAL_DB_MIGRATION_USER}'@'${KUNDVAL_DB_CLIENT_HOST}';

CREATE USER IF NOT EXISTS '${KUNDVAL_DB_USER}'@'${KUNDVAL_DB_CLIENT_HOST}'
    IDENTIFIED BY '${KUNDVAL_DB_PASSWORD}';
GRANT SELECT, INSERT, UPDATE, DELETE ON `${KUNDVAL_DB_NAME}`.* TO '${KUNDVAL_DB_USER}'@'${KUNDVAL_DB_CLIENT_HOST}';
