-- Invoices are numbered in ascending customer_id, "plain string order" (billing-rules §8). PostgreSQL's default
-- collation (e.g. en_US) ignores punctuation and case at first; "C" compares bytes, as H2 and Java do.
ALTER TABLE staged_customer ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE staged_contract ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
ALTER TABLE staged_intervention ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
