-- A re-bill walks the month's staged customers and the customers of the invoices in force together, in one
-- byte-ordered sequence of ids (see V3).
ALTER TABLE invoice ALTER COLUMN customer_id TYPE VARCHAR(32) COLLATE "C";
