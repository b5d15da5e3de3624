-- Provider back office: accreditation applications (drafts included), their declarations,
-- areas, attachments and the conversation with the commissioning officers; listing history; logos.

CREATE TABLE accreditation_application (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id     BIGINT       NOT NULL,
    service_type_id BIGINT       NOT NULL,
    status          VARCHAR(30)  NOT NULL,
    step            INT          NOT NULL DEFAULT 1,
    legal_form      VARCHAR(60),
    address         VARCHAR(300),
    contact_name    VARCHAR(200),
    contact_email   VARCHAR(200),
    contact_phone   VARCHAR(40),
    capacity        INT,
    staff_competence TEXT,
    created_by      VARCHAR(100) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    submitted_at    DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_application_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_application_service_type FOREIGN KEY (service_type_id) REFERENCES service_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
CREATE INDEX ix_application_provider ON accreditation_application (provider_id, status);

CREATE TABLE application_declaration (
    application_id BIGINT NOT NULL,
    requirement_id BIGINT NOT NULL,
    PRIMARY KEY (application_id, requirement_id),
    CONSTRAINT fk_declaration_application FOREIGN KEY (application_id) REFERENCES accreditation_application (id),
    CONSTRAINT fk_declaration_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE application_area (
    application_id BIGINT NOT NULL,
    area_id        BIGINT NOT NULL,
    PRIMARY KEY (application_id, area_id),
    CONSTRAINT fk_application_area_application FOREIGN KEY (application_id) REFERENCES accreditation_application (id),
    CONSTRAINT fk_application_area_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE application_attachment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    content        LONGBLOB     NOT NULL,
    confidential   BOOLEAN      NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attachment_application FOREIGN KEY (application_id) REFERENCES accreditation_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE application_message (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    author_role    VARCHAR(20)  NOT NULL,
    author         VARCHAR(100) NOT NULL,
    text           TEXT         NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_message_application FOREIGN KEY (application_id) REFERENCES accreditation_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- What a provider changed in a listing, for the commissioning officers. Insert only.
CREATE TABLE listing_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    offering_id BIGINT       NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    fields      VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_listing_change_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
CREATE INDEX ix_listing_change ON listing_change (offering_id, changed_at);

CREATE TABLE offering_logo (
    offering_id  BIGINT       PRIMARY KEY,
    content      MEDIUMBLOB   NOT NULL,
    content_type VARCHAR(20)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_logo_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
