-- What a customer chose for themself on their preferences page (docs/architecture.md "The customer's
-- own choices"). Channel choices (email, newsletter, letter, feedback) are consent rows like any
-- other, with source 'preferences-page'; these tables hold the choices that are not one channel's.
-- No row: nothing chosen (every column reads as its default).
CREATE TABLE customer_preference (
    customer_id        BIGINT       NOT NULL PRIMARY KEY REFERENCES customer (id),
    no_offers          BOOLEAN      NOT NULL, -- "no offers at all": no campaign of any kind reaches them, on any channel
    no_profiling       BOOLEAN      NOT NULL, -- "do not profile me": no score, pick or click rows; score fields read as unset
    max_per_30_days    INTEGER,               -- campaign messages (runs that count for the cap) per 30 days; NULL: no own limit
    language           VARCHAR(8),            -- chosen language; beats customer.language (the imported one)
    changed_at         TIMESTAMP    NOT NULL, -- shop-local time of the last change
    source             VARCHAR(100) NOT NULL  -- 'preferences-page', 'kanta customer', 'console', ...
);

-- The purchase categories a customer said they care about (segments and templates can use them).
CREATE TABLE customer_interest (
    customer_id        BIGINT       NOT NULL REFERENCES customer (id),
    category           VARCHAR(100) NOT NULL, -- as purchase.category spells it
    chosen_at          TIMESTAMP    NOT NULL,
    CONSTRAINT customer_interest_pk PRIMARY KEY (customer_id, category)
);
