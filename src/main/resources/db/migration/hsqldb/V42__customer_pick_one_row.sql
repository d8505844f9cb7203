-- Each customer's picks as one row (docs/architecture.md "Picks"): a message reads one tuple, not one per
-- pick, and the table is a tenth of the rows. The products best first; the score goes, as only their
-- order within the customer ever meant anything. The picks stored before are kept, in their rank order.
-- Never an empty list, on either database (a customer without picks has no row): HSQLDB refuses
-- product_ids[1] of an empty array, which the top-pick reward reads.
ALTER TABLE customer_pick RENAME TO customer_pick_ranked;
ALTER CONSTRAINT customer_pick_pk RENAME TO customer_pick_ranked_pk;

CREATE TABLE customer_pick (
    customer_id  BIGINT       NOT NULL,
    product_ids  BIGINT ARRAY NOT NULL, -- best pick first
    as_of        DATE         NOT NULL, -- the day the picks were computed for
    CONSTRAINT customer_pick_pk PRIMARY KEY (customer_id),
    CONSTRAINT customer_pick_some CHECK (CARDINALITY(product_ids) > 0)
);

INSERT INTO customer_pick (customer_id, product_ids, as_of)
SELECT customer_id, ARRAY_AGG(product_id ORDER BY pick_rank), MAX(as_of) FROM customer_pick_ranked GROUP BY customer_id;

DROP TABLE customer_pick_ranked;
