-- The value residents can sort the catalogue by: the provider's latest published result on the
-- service type's main quality indicator (e.g. overall satisfaction). Derived data, recomputed
-- whenever quality indicators are imported; NULL when not measured or too few respondents.
ALTER TABLE offering ADD COLUMN quality_score DOUBLE NULL;
