-- A customer who chose "do not profile me" gets no value tier in a run's outbox
-- (docs/architecture.md "The customer's own choices"). PostgreSQL spells this DROP NOT NULL.
ALTER TABLE campaign_recipient ALTER COLUMN value_tier SET NULL;
