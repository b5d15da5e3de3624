-- Kundval schema. Names follow the glossary in ../shared/DOMAIN.md (English in code).
-- origin: IMPORT rows come from providers-data and may be updated by the import;
--         PORTAL rows were created or edited by people in the portal and are never overwritten.

CREATE TABLE area (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    centre_lat  DOUBLE       NOT NULL,
    centre_lon  DOUBLE       NOT NULL,
    origin      VARCHAR(10)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_area_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE provider (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    orgnr         CHAR(11)     NOT NULL,
    name          VARCHAR(200) NOT NULL,
    provider_type VARCHAR(20)  NOT NULL,
    legal_form    VARCHAR(60),
    address       VARCHAR(300),
    phone         VARCHAR(40),
    email         VARCHAR(200),
    website       VARCHAR(300),
    origin        VARCHAR(10)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_provider_orgnr UNIQUE (orgnr)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE service_type (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                        VARCHAR(40)   NOT NULL,
    name_sv                     VARCHAR(120)  NOT NULL,
    name_en                     VARCHAR(120),
    description_sv              VARCHAR(500)  NOT NULL,
    description_en              VARCHAR(500),
    scope_unit                  VARCHAR(20)   NOT NULL,
    delivery                    VARCHAR(20)   NOT NULL,
    choice_deadline_days        INT           NOT NULL,
    notice_period_days          INT           NOT NULL,
    first_contact_working_days  INT           NOT NULL,
    sort_order                  INT           NOT NULL DEFAULT 0,
    default_rule                VARCHAR(40)   NOT NULL,
    default_provider_id         BIGINT,
    default_rule_explanation_sv VARCHAR(1000) NOT NULL,
    default_rule_explanation_en VARCHAR(1000),
    origin                      VARCHAR(10)   NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_service_type_code UNIQUE (code),
    CONSTRAINT fk_service_type_default_provider FOREIGN KEY (default_provider_id) REFERENCES provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE service_point (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    area_id          BIGINT       NOT NULL,
    address          VARCHAR(300) NOT NULL,
    opening_hours_sv VARCHAR(300),
    opening_hours_en VARCHAR(300),
    lat              DOUBLE,
    lon              DOUBLE,
    origin           VARCHAR(10)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_service_point_code UNIQUE (code),
    CONSTRAINT fk_service_point_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE specialisation (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL,
    name_sv VARCHAR(120) NOT NULL,
    name_en VARCHAR(120),
    origin  VARCHAR(10)  NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_specialisation_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE indicator_definition (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    name_sv          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200),
    unit             VARCHAR(20)  NOT NULL,
    higher_is_better BOOLEAN      NOT NULL,
    origin           VARCHAR(10)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_indicator_definition_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE indicator_service_type (
    indicator_id    BIGINT NOT NULL,
    service_type_id BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, service_type_id),
    CONSTRAINT fk_ist_indicator FOREIGN KEY (indicator_id) REFERENCES indicator_definition (id),
    CONSTRAINT fk_ist_service_type FOREIGN KEY (service_type_id) REFERENCES service_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE requirement (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    service_type_id     BIGINT        NOT NULL,
    code                VARCHAR(40)   NOT NULL,
    text_sv             VARCHAR(1000) NOT NULL,
    text_en             VARCHAR(1000),
    attachment_required BOOLEAN       NOT NULL DEFAULT FALSE,
    sort_order          INT           NOT NULL DEFAULT 0,
    origin              VARCHAR(10)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_requirement_code UNIQUE (service_type_id, code),
    CONSTRAINT fk_requirement_service_type FOREIGN KEY (service_type_id) REFERENCES service_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE accreditation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id     BIGINT      NOT NULL,
    service_type_id BIGINT      NOT NULL,
    status          VARCHAR(20) NOT NULL,
    valid_from      DATE,
    decided_on      DATE,
    reason_sv       TEXT,
    reason_en       TEXT,
    origin          VARCHAR(10) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_accreditation UNIQUE (provider_id, service_type_id),
    CONSTRAINT fk_accreditation_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_accreditation_service_type FOREIGN KEY (service_type_id) REFERENCES service_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The status history of an accreditation: one row per status change, never updated.
CREATE TABLE accreditation_event (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    accreditation_id BIGINT       NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    occurred_on      DATE         NOT NULL,
    recorded_at      DATETIME(6)  NOT NULL,
    actor            VARCHAR(100) NOT NULL,
    reason           TEXT,
    CONSTRAINT fk_accreditation_event FOREIGN KEY (accreditation_id) REFERENCES accreditation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
CREATE INDEX ix_accreditation_event ON accreditation_event (accreditation_id, recorded_at);

CREATE TABLE offering (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(60)  NOT NULL,
    provider_id         BIGINT       NOT NULL,
    service_type_id     BIGINT       NOT NULL,
    unit_name           VARCHAR(200),
    capacity            INT          NOT NULL,
    takes_new_customers BOOLEAN      NOT NULL,
    address             VARCHAR(300),
    lat                 DOUBLE,
    lon                 DOUBLE,
    phone               VARCHAR(40),
    email               VARCHAR(200),
    last_confirmed      DATE,
    origin              VARCHAR(10)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_offering_code UNIQUE (code),
    CONSTRAINT fk_offering_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_offering_service_type FOREIGN KEY (service_type_id) REFERENCES service_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
CREATE INDEX ix_offering_service_type ON offering (service_type_id, provider_id);

CREATE TABLE offering_text (
    offering_id      BIGINT       NOT NULL,
    lang             VARCHAR(8)   NOT NULL,
    summary          VARCHAR(300) NOT NULL,
    description      TEXT,
    includes         TEXT,
    staff_competence TEXT,
    opening_hours    VARCHAR(300),
    PRIMARY KEY (offering_id, lang),
    CONSTRAINT fk_offering_text FOREIGN KEY (offering_id) REFERENCES offering (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE offering_language (
    offering_id BIGINT     NOT NULL,
    lang        VARCHAR(8) NOT NULL,
    PRIMARY KEY (offering_id, lang),
    CONSTRAINT fk_offering_language FOREIGN KEY (offering_id) REFERENCES offering (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE offering_specialisation (
    offering_id       BIGINT NOT NULL,
    specialisation_id BIGINT NOT NULL,
    PRIMARY KEY (offering_id, specialisation_id),
    CONSTRAINT fk_os_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_os_specialisation FOREIGN KEY (specialisation_id) REFERENCES specialisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE offering_area (
    offering_id BIGINT NOT NULL,
    area_id     BIGINT NOT NULL,
    PRIMARY KEY (offering_id, area_id),
    CONSTRAINT fk_oa_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_oa_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE quality_indicator (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id     BIGINT        NOT NULL,
    service_type_id BIGINT        NOT NULL,
    indicator_id    BIGINT        NOT NULL,
    measure_year    INT           NOT NULL,
    measured_value  DECIMAL(12, 2),
    respondents     INT,
    source          VARCHAR(300)  NOT NULL,
    origin          VARCHAR(10)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_quality_indicator UNIQUE (provider_id, service_type_id, indicator_id, measure_year),
    CONSTRAINT fk_qi_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_qi_service_type FOREIGN KEY (service_type_id) REFERENCES service_type (id),
    CONSTRAINT fk_qi_indicator FOREIGN KEY (indicator_id) REFERENCES indicator_definition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE resident (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    personnummer       CHAR(12)     NOT NULL,
    first_name         VARCHAR(100) NOT NULL,
    last_name          VARCHAR(100) NOT NULL,
    area_id            BIGINT,
    contact_preference VARCHAR(10)  NOT NULL,
    email              VARCHAR(200),
    phone              VARCHAR(40),
    created_at         DATETIME(6)  NOT NULL,
    origin             VARCHAR(10)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_resident_personnummer UNIQUE (personnummer),
    CONSTRAINT fk_resident_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE guidance_conversation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    resident_id BIGINT       NOT NULL,
    held_on     DATE         NOT NULL,
    officer     VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_conversation_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE choice_entitlement (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_key      VARCHAR(60),
    conversation_id BIGINT        NOT NULL,
    resident_id     BIGINT        NOT NULL,
    service_type_id BIGINT        NOT NULL,
    scope           DECIMAL(6, 1) NOT NULL,
    status          VARCHAR(30)   NOT NULL,
    deadline        DATE          NOT NULL,
    wish_text       TEXT,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_entitlement_import_key UNIQUE (import_key),
    CONSTRAINT fk_entitlement_conversation FOREIGN KEY (conversation_id) REFERENCES guidance_conversation (id),
    CONSTRAINT fk_entitlement_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_entitlement_service_type FOREIGN KEY (service_type_id) REFERENCES service_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
CREATE INDEX ix_entitlement_status ON choice_entitlement (status, deadline);

CREATE TABLE entitlement_wish_language (
    entitlement_id BIGINT     NOT NULL,
    lang           VARCHAR(8) NOT NULL,
    PRIMARY KEY (entitlement_id, lang),
    CONSTRAINT fk_ewl_entitlement FOREIGN KEY (entitlement_id) REFERENCES choice_entitlement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE entitlement_wish_specialisation (
    entitlement_id    BIGINT NOT NULL,
    specialisation_id BIGINT NOT NULL,
    PRIMARY KEY (entitlement_id, specialisation_id),
    CONSTRAINT fk_ews_entitlement FOREIGN KEY (entitlement_id) REFERENCES choice_entitlement (id),
    CONSTRAINT fk_ews_specialisation FOREIGN KEY (specialisation_id) REFERENCES specialisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Every state change of an entitlement or its choices (who, when, what); never updated.
CREATE TABLE entitlement_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    entitlement_id BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    event_type     VARCHAR(40)   NOT NULL,
    detail         VARCHAR(1000),
    CONSTRAINT fk_entitlement_event FOREIGN KEY (entitlement_id) REFERENCES choice_entitlement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
CREATE INDEX ix_entitlement_event ON entitlement_event (entitlement_id, occurred_at);

CREATE TABLE choice (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference           VARCHAR(20)  NOT NULL,
    entitlement_id      BIGINT       NOT NULL,
    offering_id         BIGINT       NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    made_at             DATETIME(6)  NOT NULL,
    valid_from          DATE         NOT NULL,
    valid_to            DATE,
    made_by             VARCHAR(20)  NOT NULL,
    actor               VARCHAR(100) NOT NULL,
    service_point_id    BIGINT,
    default_rule_detail VARCHAR(500),
    acknowledged_at     DATETIME(6),
    start_date          DATE,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_choice_reference UNIQUE (reference),
    CONSTRAINT fk_choice_entitlement FOREIGN KEY (entitlement_id) REFERENCES choice_entitlement (id),
    CONSTRAINT fk_choice_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_choice_service_point FOREIGN KEY (service_point_id) REFERENCES service_point (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
CREATE INDEX ix_choice_offering_status ON choice (offering_id, status);
CREATE INDEX ix_choice_entitlement ON choice (entitlement_id, made_at);

-- Outbox of messages to residents and providers; e-mailed when SMTP is configured.
CREATE TABLE notification (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_type VARCHAR(20)  NOT NULL,
    resident_id    BIGINT,
    provider_id    BIGINT,
    topic          VARCHAR(40)  NOT NULL,
    subject        VARCHAR(200) NOT NULL,
    body           TEXT         NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    read_at        DATETIME(6),
    mail_status    VARCHAR(20)  NOT NULL,
    mailed_at      DATETIME(6),
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_notification_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_notification_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
CREATE INDEX ix_notification_resident ON notification (resident_id, created_at);
CREATE INDEX ix_notification_provider ON notification (provider_id, created_at);
CREATE INDEX ix_notification_mail ON notification (mail_status);

-- Staff reads and writes of resident data (socialtjänstsekretess). Insert only.
CREATE TABLE audit_event (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at      DATETIME(6)  NOT NULL,
    actor            VARCHAR(100) NOT NULL,
    actor_role       VARCHAR(30)  NOT NULL,
    resident_id      BIGINT,
    action           VARCHAR(60)  NOT NULL,
    reason           VARCHAR(100),
    service_point_id BIGINT,
    unit             VARCHAR(100),
    detail           VARCHAR(500),
    CONSTRAINT fk_audit_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_audit_service_point FOREIGN KEY (service_point_id) REFERENCES service_point (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
CREATE INDEX ix_audit_resident ON audit_event (resident_id, occurred_at);
CREATE INDEX ix_audit_actor ON audit_event (actor, occurred_at);

-- The audit trail cannot be changed, not even by a bug in the application.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events cannot be changed';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events cannot be deleted';
