-- Missing data: birthdays, the direct-marketing opt-out register (Robinson) and answers from other
-- survey tools. One file per vendor because the import stages differ (V3); the rest is the same SQL.
-- (The import stages here are HSQLDB's global temporary tables, as in V3.)

-- A birthday is kept as month and day only: a birthday campaign needs no year, so none is kept.
ALTER TABLE customer ADD COLUMN birth_month SMALLINT;
ALTER TABLE customer ADD COLUMN birth_day SMALLINT;
ALTER TABLE import_customer_stage ADD COLUMN birth_month SMALLINT;
ALTER TABLE import_customer_stage ADD COLUMN birth_day SMALLINT;

-- The Robinson register lists people by name and postal address, not by the shop's customer id: a
-- suppression of reason ROBINSON names a person key (household key, '#', first and last name in
-- lower case) and stops letters only, to whichever customer has that name at that address.
ALTER TABLE suppression ADD COLUMN person_key VARCHAR(900);
ALTER TABLE suppression DROP CONSTRAINT suppression_subject_ck;
ALTER TABLE suppression ADD CONSTRAINT suppression_subject_ck
    CHECK (email_key IS NOT NULL OR customer_id IS NOT NULL OR person_key IS NOT NULL);
CREATE INDEX suppression_person_key_ix ON suppression (person_key);

CREATE GLOBAL TEMPORARY TABLE import_robinson_stage (
    line BIGINT NOT NULL, person_key VARCHAR(900) NOT NULL, suppressed_at TIMESTAMP NOT NULL, source VARCHAR(100) NOT NULL
) ON COMMIT DELETE ROWS;

CREATE GLOBAL TEMPORARY TABLE import_feedback_stage (
    line BIGINT NOT NULL, customer_ref VARCHAR(64), email_key VARCHAR(320), question VARCHAR(63) NOT NULL,
    answer_key VARCHAR(40) NOT NULL, score SMALLINT NOT NULL, comment VARCHAR(2000), answered_at TIMESTAMP NOT NULL
) ON COMMIT DELETE ROWS;
