-- The start-up import applies a row of providers-data only when the file's content of that row
-- changed since the last import (referencedata.ReferenceDataImporter): the hash of each row as it
-- was last imported, by kind and natural key. An unchanged row is skipped entirely, so whatever
-- people did to the record in the portal stays.
CREATE TABLE import_row_state (
    kind         VARCHAR(40)  NOT NULL,
    natural_key  VARCHAR(200) NOT NULL COLLATE utf8mb4_bin,
    content_hash CHAR(64)     NOT NULL,
    imported_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (kind, natural_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
