-- Hibernate Search's outbox-polling coordination (profile "opensearch", docs/scaling.md): every
-- change that needs re-indexing is written to hsearch_outbox_event in the same transaction as the
-- change itself; each app node's event processor polls the table and indexes its share, which it
-- agrees on with the other nodes through hsearch_agent. The default (Lucene, one node) run leaves
-- both tables empty.
--
-- Taken from the DDL Hibernate ORM 7.4 generates for Hibernate Search 8.3's outbox entities on
-- MariaDB (with Spring Boot's naming strategy, hence the lower-case snake_case names), so that
-- ddl-auto=validate accepts them. Two deliberate differences: the enum columns are VARCHAR, as in
-- the rest of this schema, so a value added by a later Hibernate Search needs no migration; and the
-- three indexes the outbox mapping declares (the generated script had only one) are all created.
-- The UUID type needs MariaDB 10.7 or newer.

CREATE TABLE hsearch_outbox_event (
    id             UUID         NOT NULL,
    entity_name    VARCHAR(256) NOT NULL,
    entity_id      VARCHAR(256) NOT NULL,
    entity_id_hash INT          NOT NULL,
    payload        LONGBLOB     NOT NULL,
    retries        INT          NOT NULL,
    process_after  DATETIME(6)  NOT NULL,
    status         VARCHAR(64)  NOT NULL,
    tenant_id      VARCHAR(255),
    PRIMARY KEY (id),
    INDEX idx_hsearch_outbox_event_entity_id_hash (entity_id_hash),
    INDEX idx_hsearch_outbox_event_status (status),
    INDEX idx_hsearch_outbox_event_process_after (process_after)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE hsearch_agent (
    id                   UUID         NOT NULL,
    type                 VARCHAR(64)  NOT NULL,
    name                 VARCHAR(255) NOT NULL,
    expiration           DATETIME(6)  NOT NULL,
    state                VARCHAR(64)  NOT NULL,
    total_shard_count    INT,
    assigned_shard_index INT,
    payload              LONGBLOB,
    tenant_id            VARCHAR(255),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
