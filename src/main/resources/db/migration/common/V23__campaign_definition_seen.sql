-- When each campaign definition was last edited, as far as Kanta can know (docs/architecture.md
-- "Job identity", Schedules): a scheduled firing from before the edit is never caught up. A file's
-- modification time alone is no witness (a git checkout or a copy sets it to "now", a restore to the
-- past), so Kanta remembers the text's SHA-256 and when it saw that text appear. Portable SQL only.
CREATE TABLE campaign_definition_seen (
    campaign           VARCHAR(63) NOT NULL,
    definition_sha256  CHAR(64)    NOT NULL,
    edited_at          TIMESTAMP   NOT NULL, -- UTC: when this text appeared (see schedule/DefinitionEdits)
    checked_at         TIMESTAMP   NOT NULL, -- UTC: the last look that found this text
    CONSTRAINT campaign_definition_seen_pk PRIMARY KEY (campaign)
);
