-- The reward each recipient of a run got (docs/architecture.md "Rewards"): the number of the offer's reward in
-- the definition the run keeps (1 is the first), chosen at the selection so that the letter, the email, the
-- export and the report agree and a message made again gives the same. NULL for rows selected before
-- rewards existed and for runs without an offer: those read the offer's last reward.
ALTER TABLE campaign_recipient ADD COLUMN reward SMALLINT;
