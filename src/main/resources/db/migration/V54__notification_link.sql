-- A message can point somewhere in the portal ("Gå till Mina val", "Visa kvittot"): the path and
-- the bundle key of the link's text, so the link reads in the reader's language.
ALTER TABLE notification
    ADD COLUMN link_path  VARCHAR(200) NULL,
    ADD COLUMN link_label VARCHAR(80)  NULL;
