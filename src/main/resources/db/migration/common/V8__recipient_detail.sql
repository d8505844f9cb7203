-- What the server said about a recipient's message (a bounce's reply, a temporary failure).
ALTER TABLE campaign_recipient ADD COLUMN detail VARCHAR(500);
-- delivery claims a run's PENDING rows of one channel, best-ranked first
CREATE INDEX campaign_recipient_status_ix ON campaign_recipient (run_id, channel, status, ranking);
