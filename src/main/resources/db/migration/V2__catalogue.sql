-- The catalogue: an offering belongs to its provider's accreditation for the service type, so a
-- suspension or revocation removes it from search at once; reports of errors in listings and
-- feedback on accessibility are stored for the commissioning officers.

ALTER TABLE offering ADD COLUMN accreditation_id BIGINT NULL;
UPDATE offering o JOIN accreditation a ON a.provider_id = o.provider_id AND a.service_type_id = o.service_type_id
SET o.accreditation_id = a.id;
ALTER TABLE offering MODIFY accreditation_id BIGINT NOT NULL;
ALTER TABLE offering ADD CONSTRAINT fk_offering_accreditation FOREIGN KEY (accreditation_id) REFERENCES accreditation (id);

CREATE TABLE listing_error_report (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    offering_id BIGINT       NOT NULL,
    message     TEXT         NOT NULL,
    contact     VARCHAR(200),
    created_at  DATETIME(6)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    handled_at  DATETIME(6),
    handled_by  VARCHAR(100),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_error_report_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
CREATE INDEX ix_error_report_status ON listing_error_report (status, created_at);

CREATE TABLE accessibility_feedback (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    page       VARCHAR(500),
    message    TEXT         NOT NULL,
    contact    VARCHAR(200),
    created_at DATETIME(6)  NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
