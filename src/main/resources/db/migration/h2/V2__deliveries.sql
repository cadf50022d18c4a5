-- E-mail delivery of the issued documents: one row per document and recipient (the document's e-mail field may hold
-- several addresses). A row is marked SENDING and committed before its message is handed to the mail server, and SENT
-- after the server accepted it: a row still SENDING when a run starts was cut off in between, and is marked UNKNOWN
-- (the server may or may not have the message); it is sent again only on an explicit option.
CREATE TABLE delivery (
    document_number  VARCHAR(32)   NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,                -- one address, as written in the document's e-mail field
    billing_month    CHAR(7)       NOT NULL,                -- the document's month, 2026-10
    customer_id      VARCHAR(32)   NOT NULL,
    status           VARCHAR(7)    NOT NULL,                -- PENDING, SENDING, SENT, FAILED, UNKNOWN
    message_id       VARCHAR(300)  NOT NULL,                -- the Message-ID header, derived from number and recipient
    attempts         INTEGER       NOT NULL,                -- tries to hand its message over so far
    sent_at          TIMESTAMP WITH TIME ZONE,              -- SENT: when the server accepted it
    detail           VARCHAR(1000),                         -- FAILED: the server's answer; PENDING: why the last try did not send
    PRIMARY KEY (document_number, recipient),
    CONSTRAINT delivery_status_known CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNKNOWN')),
    CONSTRAINT delivery_sent_has_time CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CONSTRAINT delivery_of_document FOREIGN KEY (document_number) REFERENCES document (document_number)
);
CREATE INDEX delivery_month_status ON delivery (billing_month, status, document_number, recipient);
