-- The data rows of a file each import has committed (0-based, in file order; a range a chunk),
-- written in the chunk's own transaction. Partitions take stripes of rows as they become free
-- (RowStripes), so no count per partition says which rows are done: an import resumed after a
-- failure deals out only the rows missing here, whichever partition committed the others.
CREATE TABLE import_committed (
    import_id BIGINT NOT NULL, -- the import's job instance id
    first_row BIGINT NOT NULL,
    last_row  BIGINT NOT NULL,
    PRIMARY KEY (import_id, first_row)
);
