-- Import stages: each chunk of valid rows is loaded here, then merged into the real tables with one
-- set-based statement. Global temporary tables are private to the session and emptied at commit,
-- so concurrent imports never see each other's rows and a failed chunk leaves nothing behind.

CREATE GLOBAL TEMPORARY TABLE import_customer_stage (
    line BIGINT NOT NULL, external_id VARCHAR(64) NOT NULL, first_name VARCHAR(200), last_name VARCHAR(200),
    email VARCHAR(320), email_key VARCHAR(320), phone VARCHAR(40), street VARCHAR(300), postal_code VARCHAR(20),
    city VARCHAR(100), country CHAR(2), address_key VARCHAR(450), language VARCHAR(8), customer_since DATE
) ON COMMIT DELETE ROWS;

CREATE GLOBAL TEMPORARY TABLE import_purchase_stage (
    line BIGINT NOT NULL, order_id VARCHAR(64) NOT NULL, customer_ref VARCHAR(64) NOT NULL, purchased_at TIMESTAMP NOT NULL,
    amount NUMERIC(14, 2) NOT NULL, currency CHAR(3) NOT NULL, amount_base NUMERIC(14, 2) NOT NULL,
    category VARCHAR(100), offer_code VARCHAR(64)
) ON COMMIT DELETE ROWS;

CREATE GLOBAL TEMPORARY TABLE import_consent_stage (
    line BIGINT NOT NULL, customer_ref VARCHAR(64) NOT NULL, channel VARCHAR(20) NOT NULL, granted BOOLEAN NOT NULL,
    given_at TIMESTAMP NOT NULL, source VARCHAR(100) NOT NULL
) ON COMMIT DELETE ROWS;

CREATE GLOBAL TEMPORARY TABLE import_suppression_stage (
    line BIGINT NOT NULL, email_key VARCHAR(320), customer_ref VARCHAR(64), reason VARCHAR(20) NOT NULL,
    suppressed_at TIMESTAMP NOT NULL, source VARCHAR(100) NOT NULL
) ON COMMIT DELETE ROWS;
