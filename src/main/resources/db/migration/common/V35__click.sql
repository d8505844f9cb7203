-- Clicks on counted links, when the shop counts them (docs/architecture.md "Clicks"): which link of
-- which message (outbox row: run and customer), when, and whether it looks like a mail scanner's.
-- Nothing else about the reader. One row per link and message: later clicks are not recorded. No
-- foreign keys: an erasure deletes a customer's clicks and turns their outbox rows into tombstones.
CREATE TABLE click (
    run_id       BIGINT       NOT NULL,
    customer_id  BIGINT       NOT NULL,
    link         VARCHAR(40)  NOT NULL, -- the link's name in the message (#shop.link's utm_content)
    clicked_at   TIMESTAMP    NOT NULL, -- shop time
    suspect      BOOLEAN      NOT NULL, -- within a minute of delivery, or with another link of the message at once
    CONSTRAINT click_pk PRIMARY KEY (run_id, customer_id, link)
);
-- segments: "clicked within the last N days" per customer; retention by time
CREATE INDEX click_customer_ix ON click (customer_id, clicked_at);
CREATE INDEX click_clicked_ix ON click (clicked_at);
