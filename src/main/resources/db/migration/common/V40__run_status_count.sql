-- Each run's recipients by channel and status (docs/architecture.md "Recipient status", "Console"): the
-- run's progress page reads these rows instead of counting the run's outbox rows. Every writer of an
-- outbox status adds its moves here in the same transaction. Every run holds a row for each channel and
-- status from its selection on (zeros too), so writers only ever UPDATE and never race to insert.
CREATE TABLE run_status_count (
    run_id      BIGINT      NOT NULL,
    channel     VARCHAR(10) NOT NULL,
    status      VARCHAR(12) NOT NULL,
    recipients  BIGINT      NOT NULL,
    CONSTRAINT run_status_count_pk PRIMARY KEY (run_id, channel, status)
);

-- counts_stale: a writer that moved rows of several runs at once (erasure) asked for a recount of this
-- run's counts. counts_behind: a window of emails is being sent; its moves are added when the window's
-- answers are in, so after a crash the run's counts are recounted (see fi.kanta.campaign.RunCounts).
ALTER TABLE campaign_run ADD COLUMN counts_stale BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE campaign_run ADD COLUMN counts_behind BOOLEAN DEFAULT FALSE NOT NULL;

-- the runs made before this migration, counted once: one pass over each run's outbox rows by its index
INSERT INTO run_status_count (run_id, channel, status, recipients)
SELECT u.id, c.channel, s.status, (SELECT COUNT(*) FROM campaign_recipient r
        WHERE r.run_id = u.id AND r.channel = c.channel AND r.status = s.status)
FROM campaign_run u
CROSS JOIN (VALUES (CAST('email' AS VARCHAR(10))), ('letter')) AS c (channel)
CROSS JOIN (VALUES (CAST('PENDING' AS VARCHAR(12))), ('SENDING'), ('SENT'), ('PRINTED'), ('FAILED'), ('BOUNCED'), ('WITHDRAWN'),
        ('UNCONFIRMED'), ('HOLDOUT')) AS s (status);
