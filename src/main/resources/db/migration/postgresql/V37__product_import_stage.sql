-- The import stages of products and order lines (tables in V33). HSQLDB's are global temporary
-- tables, as in V3; PostgreSQL's are the shapes of each session's temporary stage.

CREATE UNLOGGED TABLE import_product_stage_shape (
    line BIGINT NOT NULL, sku VARCHAR(64) NOT NULL, name VARCHAR(300) NOT NULL, category VARCHAR(100),
    price NUMERIC(14, 2), currency CHAR(3), page_url VARCHAR(2000), image_url VARCHAR(2000), in_stock BOOLEAN NOT NULL,
    updated_at TIMESTAMP NOT NULL, name_fi VARCHAR(300), name_sv VARCHAR(300), name_en VARCHAR(300)
);

CREATE UNLOGGED TABLE import_order_line_stage_shape (
    line BIGINT NOT NULL, order_id VARCHAR(64) NOT NULL, line_no INTEGER NOT NULL, sku VARCHAR(64) NOT NULL,
    quantity INTEGER NOT NULL, price NUMERIC(14, 2) NOT NULL
);
