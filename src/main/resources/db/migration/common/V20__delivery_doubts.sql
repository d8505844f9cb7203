-- The run whose bounces wrote a suppression, so that a run's suppressions can be found and, when
-- the server's answers were wrong (a relay refusing everything), lifted.
ALTER TABLE suppression ADD COLUMN run_id BIGINT;
CREATE INDEX suppression_run_ix ON suppression (run_id);

-- Suppressions lifted by the marketer (kanta suppressions lift): kept with why, when and from
-- which run, so the list's history stays whole.
CREATE TABLE suppression_lifted (
    id            BIGINT       NOT NULL PRIMARY KEY,
    email_key     VARCHAR(320),
    customer_id   BIGINT,
    reason        VARCHAR(20)  NOT NULL,
    suppressed_at TIMESTAMP    NOT NULL,
    source        VARCHAR(100) NOT NULL,
    run_id        BIGINT,
    lifted_at     TIMESTAMP    NOT NULL,
    lift_reason   VARCHAR(500) NOT NULL
);
CREATE INDEX suppression_lifted_run_ix ON suppression_lifted (run_id);

-- Rows sent again by kanta resume --resend-unconfirmed (they were UNCONFIRMED: in flight when a
-- process died or a connection broke, so their customer may have got the message twice); the
-- report counts them.
ALTER TABLE campaign_recipient ADD COLUMN resent BOOLEAN DEFAULT FALSE NOT NULL;
