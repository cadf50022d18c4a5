-- Runs read their invoices and credit notes page by page in number order, and the month's invoices in force in
-- customer order: give each walk its own index so that no page needs a sort of the whole month.
DROP INDEX invoice_month;
CREATE INDEX invoice_run_number ON invoice (run_id, invoice_number);
CREATE INDEX credit_note_run_number ON credit_note (run_id, credit_note_number);
