-- Purchases by customer (scores, previews, erasure). HSQLDB has this index already: it creates one
-- for every foreign key, so only PostgreSQL needs it spelled out.
CREATE INDEX purchase_customer_ix ON purchase (customer_id);
