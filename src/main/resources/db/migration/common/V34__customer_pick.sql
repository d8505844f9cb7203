-- Each customer's product picks (docs/architecture.md "Picks"): the ranked products the nightly pick run
-- found for them, rank 1 first. One set, replaced whole by each run; a customer who chose "do not profile
-- me" has none. No foreign keys: written in bulk, replaced in bulk, and a product may leave the catalogue
-- (a template joins product and shows only what is still there and in stock).
CREATE TABLE customer_pick (
    customer_id  BIGINT           NOT NULL,
    pick_rank    INTEGER          NOT NULL, -- 1 = the best pick
    product_id   BIGINT           NOT NULL,
    score        DOUBLE PRECISION NOT NULL, -- the pick's weight; only its order within the customer means anything
    as_of        DATE             NOT NULL, -- the day the picks were computed for
    CONSTRAINT customer_pick_pk PRIMARY KEY (customer_id, pick_rank)
);
