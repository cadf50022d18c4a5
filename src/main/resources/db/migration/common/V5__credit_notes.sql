-- Re-billing (a month billed again after corrections): an issued invoice is never changed or deleted; it is
-- cancelled by a credit note, and a new invoice is issued. `rebill` counts the runs of a month: 0 is the first.
ALTER TABLE invoice ADD COLUMN rebill INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE credit_note (
    credit_note_number  VARCHAR(32) NOT NULL PRIMARY KEY,
    billing_month       CHAR(7)     NOT NULL,
    run_id              BIGINT      NOT NULL,
    rebill              INTEGER     NOT NULL,
    customer_id         VARCHAR(32) NOT NULL,
    cancels             VARCHAR(32) NOT NULL,
    issue_date          DATE        NOT NULL,
    CONSTRAINT credit_note_cancels_once UNIQUE (cancels),
    CONSTRAINT credit_note_invoice FOREIGN KEY (cancels) REFERENCES invoice (invoice_number)
);
CREATE INDEX credit_note_month ON credit_note (billing_month);
CREATE INDEX invoice_month_customer ON invoice (billing_month, customer_id);
