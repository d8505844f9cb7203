-- What kind of campaign a run belongs to (win-back, newsletter, feedback, ...): "at most one
-- feedback question per customer per 90 days" asks for the last feedback run that selected them.
ALTER TABLE campaign_run ADD COLUMN kind VARCHAR(20);
