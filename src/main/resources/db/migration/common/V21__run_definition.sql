-- A run keeps its definition (docs/architecture.md "A run keeps its definition"). Portable SQL only.

-- The campaign definition as the run was launched with it: the text of jobs/<campaign>.yml, its
-- SHA-256, and the segment it names with that segment's own text in jobs/segments.yml (NULL for a
-- segment written in the campaign itself). Written at the launch, before the selection writes
-- campaign_run, so keyed like the job instance: campaign + run key. Every step, resume and report
-- read the run's campaign from here, not from jobs/.
CREATE TABLE campaign_run_definition (
    campaign            VARCHAR(63)      NOT NULL,
    run_key             VARCHAR(40)      NOT NULL,
    definition_text     VARCHAR(1000000) NOT NULL,
    definition_sha256   CHAR(64)         NOT NULL,
    segment             VARCHAR(63)      NOT NULL, -- the segment's name (the campaign's own name when inline)
    segment_text        VARCHAR(1000000),          -- its entry in jobs/segments.yml; NULL when inline
    kept_at             TIMESTAMP        NOT NULL,
    CONSTRAINT campaign_run_definition_pk PRIMARY KEY (campaign, run_key)
);

-- The template files a run uses (paths under templates/), kept at its first send: the first email or
-- letter claimed. After that a resume refuses changed files unless told --accept-changes.
CREATE TABLE campaign_run_template (
    run_id      BIGINT           NOT NULL REFERENCES campaign_run (id),
    path        VARCHAR(300)     NOT NULL, -- e.g. win-back/email.html, layout/email.html, messages_fi.properties
    content     VARCHAR(1000000) NOT NULL,
    sha256      CHAR(64)         NOT NULL,
    kept_at     TIMESTAMP        NOT NULL,
    CONSTRAINT campaign_run_template_pk PRIMARY KEY (run_id, path)
);

-- Template changes accepted after a run's first send (kanta resume RUN --accept-changes), one row per file.
CREATE TABLE campaign_run_template_change (
    run_id      BIGINT       NOT NULL REFERENCES campaign_run (id),
    path        VARCHAR(300) NOT NULL,
    old_sha256  CHAR(64),              -- NULL: a file the run did not use before
    new_sha256  CHAR(64),              -- NULL: the file is gone
    accepted_at TIMESTAMP    NOT NULL
);
CREATE INDEX campaign_run_template_change_ix ON campaign_run_template_change (run_id);
