-- A one-line plain-language explanation of each quality indicator (shown with the figures),
-- and the national figure for a measure when the source publishes one.
ALTER TABLE indicator_definition
    ADD COLUMN description_sv VARCHAR(300) NULL,
    ADD COLUMN description_en VARCHAR(300) NULL;

ALTER TABLE quality_indicator
    ADD COLUMN national_value DECIMAL(12, 2) NULL;
