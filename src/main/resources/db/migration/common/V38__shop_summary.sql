-- What the console's home page counts, kept (docs/architecture.md "Console"): one row per fact, so the
-- page reads one small table instead of counting the purchases. The import job's end recounts what it
-- imported; erasure, retention and the public pages' single-row writes mark a fact stale, and serve
-- recounts stale facts in the background. 'results' holds no number: stale means the latest runs'
-- results against their holdout are to be computed again (purchases came or went).
CREATE TABLE shop_summary (
    fact        VARCHAR(40)  NOT NULL,
    amount      BIGINT       NOT NULL,
    counted_at  TIMESTAMP    NOT NULL, -- this database's local time
    stale       BOOLEAN      NOT NULL,
    CONSTRAINT shop_summary_pk PRIMARY KEY (fact)
);
-- counted once here, so a shop that already holds data shows it at once
INSERT INTO shop_summary (fact, amount, counted_at, stale) SELECT 'customers', COUNT(*), LOCALTIMESTAMP, FALSE FROM customer;
INSERT INTO shop_summary (fact, amount, counted_at, stale) SELECT 'purchases', COUNT(*), LOCALTIMESTAMP, FALSE FROM purchase;
INSERT INTO shop_summary (fact, amount, counted_at, stale) SELECT 'consents', COUNT(*), LOCALTIMESTAMP, FALSE FROM consent;
INSERT INTO shop_summary (fact, amount, counted_at, stale) SELECT 'suppressions', COUNT(*), LOCALTIMESTAMP, FALSE FROM suppression;
INSERT INTO shop_summary (fact, amount, counted_at, stale) VALUES ('results', 0, LOCALTIMESTAMP, TRUE);

-- Each named segment's size as the last scoring (or the segment page's "count now") counted it, with
-- a hash of the definition it counted: the segment page shows it while the definition is unchanged.
CREATE TABLE segment_size (
    segment          VARCHAR(63)  NOT NULL,
    definition_hash  VARCHAR(64)  NOT NULL, -- SHA-256 of the segment's text in jobs/segments.yml, hex
    members          BIGINT       NOT NULL,
    query_millis     BIGINT       NOT NULL,
    counted_at       TIMESTAMP    NOT NULL, -- shop time
    CONSTRAINT segment_size_pk PRIMARY KEY (segment)
);
