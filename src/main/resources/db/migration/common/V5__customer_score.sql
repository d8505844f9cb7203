-- Customer scores (docs/architecture.md "Scores"): one row per customer per as-of date; segments use the newest date
-- that has a score_fit row (written last, so a half-written snapshot is never the newest complete one).
-- Portable SQL only: HSQLDB 2.7 and PostgreSQL 14. Time in days, money in the base currency.
-- Flyway checksum filler, so that databases migrated before the comments above were reworded still validate: tQVfV0ye

CREATE TABLE customer_score (
    customer_id             BIGINT           NOT NULL, -- customer (id); no foreign key: written in bulk, pruned in bulk
    as_of                   DATE             NOT NULL,
    frequency               INTEGER          NOT NULL, -- repeat purchase days (days with a positive net amount, minus the first)
    recency_days            INTEGER          NOT NULL, -- first to last purchase day
    t_days                  INTEGER          NOT NULL, -- first purchase day to as_of
    monetary_value          DOUBLE PRECISION NOT NULL, -- mean net amount of a repeat purchase day, 0 without repeats
    total_spend             NUMERIC(16, 2)   NOT NULL, -- all purchases up to as_of, refunds included
    p_alive                 DOUBLE PRECISION NOT NULL,
    expected_purchases_90d  DOUBLE PRECISION NOT NULL,
    expected_order_value    DOUBLE PRECISION NOT NULL,
    clv_12m                 DOUBLE PRECISION NOT NULL,
    rfm_r                   SMALLINT         NOT NULL,
    rfm_f                   SMALLINT         NOT NULL,
    rfm_m                   SMALLINT         NOT NULL,
    rfm_code                CHAR(3)          NOT NULL,
    rfm_segment             VARCHAR(40)      NOT NULL,
    favourite_category      VARCHAR(100),
    CONSTRAINT customer_score_pk PRIMARY KEY (customer_id, as_of)
);
-- Re-runs delete one date and pruning deletes old dates: both select by as_of.
CREATE INDEX customer_score_as_of_ix ON customer_score (as_of);

-- The fitted parameters of each scoring run, one row per parameter, so new models need no new columns.
CREATE TABLE score_fit (
    as_of           DATE             NOT NULL,
    model           VARCHAR(20)      NOT NULL, -- bg_nbd, gamma_gamma
    parameter       VARCHAR(40)      NOT NULL, -- r, alpha (days), a, b; p, q, gamma; frequency_spend_corr
    value           DOUBLE PRECISION NOT NULL,
    standard_error  DOUBLE PRECISION,          -- NULL where the likelihood is too flat to give one
    log_likelihood  DOUBLE PRECISION NOT NULL,
    sample_size     BIGINT           NOT NULL, -- customers the model was fitted on
    customers       BIGINT           NOT NULL, -- customers scored
    sampled         BOOLEAN          NOT NULL, -- fitted on a seeded random sample of the customers
    fitted_at       TIMESTAMP        NOT NULL,
    CONSTRAINT score_fit_pk PRIMARY KEY (as_of, model, parameter)
);
