-- Everyone who wrote in an application (provider users, and officers correcting it): an officer
-- who edited an application may not decide it (four-eyes).
CREATE TABLE application_editor (
    application_id BIGINT       NOT NULL,
    username       VARCHAR(100) NOT NULL,
    PRIMARY KEY (application_id, username),
    CONSTRAINT fk_editor_application FOREIGN KEY (application_id) REFERENCES accreditation_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

ALTER TABLE accreditation_application ADD COLUMN decided_at DATETIME(6);
ALTER TABLE accreditation_application ADD COLUMN decided_by VARCHAR(100);
