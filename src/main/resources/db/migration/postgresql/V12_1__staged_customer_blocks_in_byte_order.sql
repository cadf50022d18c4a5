-- Customer ids compare in byte order, as in V3.
ALTER TABLE staged_customer_block ALTER COLUMN first_customer_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE staged_customer_block ALTER COLUMN last_customer_id TYPE VARCHAR(32) COLLATE "C";
