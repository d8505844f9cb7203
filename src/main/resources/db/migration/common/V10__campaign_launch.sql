-- A run being launched: one row while a process creates the run's job instance and execution.
-- Spring Batch 6 creates them in two transactions, and between the two another process finds the
-- instance without an execution and starts a second execution of the same run; this row keeps a
-- second launcher out until the first execution exists (see LaunchClaims).
CREATE TABLE campaign_launch (
    campaign    VARCHAR(63)  NOT NULL,
    run_key     VARCHAR(40)  NOT NULL,
    owner       VARCHAR(300) NOT NULL, -- pid@host of the launching process
    claimed_at  TIMESTAMP    NOT NULL, -- the database's time: one clock for every node
    CONSTRAINT campaign_launch_pk PRIMARY KEY (campaign, run_key)
);
