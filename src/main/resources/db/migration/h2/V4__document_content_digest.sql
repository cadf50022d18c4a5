-- The SHA-256 of an invoice's content as reconciliation compares it (lines, totals, the customer as printed; see
-- ContentDigest): deciding whether a billed month changed compares it with the month's invoices as the data gives
-- them now, without reading their lines back. Only a shortcut: an invoice whose digest differs, or has none (credit
-- notes, invoices issued before this column), is compared line by line.
ALTER TABLE document ADD COLUMN content_sha256 CHAR(64);
