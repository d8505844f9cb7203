-- Each run's targets against its holdout as the console's home page shows it (docs/architecture.md
-- "Console"), kept so that the page never reads the purchases. fi.kanta.report.KeptResults writes a run's
-- row at the run's end and again at a purchases import's end (the latest runs; the others marked stale);
-- erasure marks its people's runs stale before their rows move. A run without a row (made before this
-- migration) or with a stale one is computed again by the home page's background thread.
CREATE TABLE run_result (
    run_id              BIGINT           NOT NULL, -- campaign_run (id), which keeps no foreign keys of its kept counts either
    window_end          TIMESTAMP        NOT NULL, -- shop time: the purchases before it count
    window_ended        BOOLEAN          NOT NULL, -- false: the results so far
    targets             BIGINT           NOT NULL,
    holdout             BIGINT           NOT NULL,
    target_conversion   DOUBLE PRECISION NOT NULL, -- share of the targets who bought in the window
    holdout_conversion  DOUBLE PRECISION NOT NULL,
    verdict             VARCHAR(12)      NOT NULL, -- too-small, no-effect, better, worse
    extra_revenue       DOUBLE PRECISION NOT NULL, -- revenue on top of what the targets would have bought anyway
    currency            CHAR(3)          NOT NULL,
    computed_at         TIMESTAMP        NOT NULL, -- shop time
    stale               BOOLEAN          NOT NULL, -- purchases or recipients changed since: to be computed again
    CONSTRAINT run_result_pk PRIMARY KEY (run_id)
);

-- the home page's latest runs: read by this index, not by sorting every run
CREATE INDEX campaign_run_selected_ix ON campaign_run (selected_at, id);

-- the fact 'results' of V38 marked the results computed in memory stale; the rows above say it for each run now
DELETE FROM shop_summary WHERE fact = 'results';
