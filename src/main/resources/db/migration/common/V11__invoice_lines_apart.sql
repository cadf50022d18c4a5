-- summary.csv, the run report and the reconciliation read invoice headers only, but a store reads a row whole: with
-- the packed lines in the row (a few KB an invoice), reading 50,000 headers read 50,000 invoices' lines too. The
-- lines move to their own table, read only where a document is rendered or cancelled.
CREATE TABLE invoice_lines (
    invoice_number  VARCHAR(32) NOT NULL PRIMARY KEY,
    lines           VARCHAR     NOT NULL,
    CONSTRAINT invoice_lines_invoice FOREIGN KEY (invoice_number) REFERENCES invoice (invoice_number)
);
INSERT INTO invoice_lines (invoice_number, lines) SELECT invoice_number, lines FROM invoice;
ALTER TABLE invoice DROP COLUMN lines;
