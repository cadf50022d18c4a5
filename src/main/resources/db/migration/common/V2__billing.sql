-- Business tables. They live beside the job repository so that a chunk's writes and its checkpoint commit together.

-- One gapless sequence per document kind and issue year (INV, CN).
CREATE TABLE number_sequence (
    prefix      VARCHAR(8)  NOT NULL,
    issue_year  INTEGER     NOT NULL,
    last_value  BIGINT      NOT NULL,
    PRIMARY KEY (prefix, issue_year)
);

-- A month's input as validated by the load step, keyed by the job instance that bills it.
CREATE TABLE staged_customer (
    run_id       BIGINT       NOT NULL,
    customer_id  VARCHAR(32)  NOT NULL,
    line         BIGINT,
    name         VARCHAR(1000) NOT NULL,
    street       VARCHAR(1000),
    postal_code  VARCHAR(100),
    city         VARCHAR(1000),
    country      CHAR(2)      NOT NULL,
    vat_number   VARCHAR(100),
    email        VARCHAR(1000),
    language     CHAR(2)      NOT NULL,
    travel_zone  VARCHAR(100),
    PRIMARY KEY (run_id, customer_id)
);

CREATE TABLE staged_contract (
    run_id       BIGINT      NOT NULL,
    contract_id  VARCHAR(32) NOT NULL,
    customer_id  VARCHAR(32) NOT NULL,
    line         BIGINT,
    tier         VARCHAR(16) NOT NULL,
    start_date   DATE        NOT NULL,
    end_date     DATE,
    PRIMARY KEY (run_id, contract_id)
);
CREATE INDEX staged_contract_customer ON staged_contract (run_id, customer_id);

CREATE TABLE staged_intervention (
    run_id           BIGINT      NOT NULL,
    intervention_id  VARCHAR(32) NOT NULL,
    customer_id      VARCHAR(32) NOT NULL,
    line             BIGINT,
    ticket           VARCHAR(1000),
    technician       VARCHAR(1000),
    start_minute     BIGINT      NOT NULL, -- epoch minute of the start instant
    end_minute       BIGINT      NOT NULL,
    mode             VARCHAR(16) NOT NULL,
    skill            VARCHAR(16) NOT NULL,
    description      VARCHAR(4000),
    PRIMARY KEY (run_id, intervention_id)
);
CREATE INDEX staged_intervention_customer ON staged_intervention (run_id, customer_id);

-- Rows refused by validation or by the billing rules; rejects.csv is written from here.
CREATE TABLE rejected_row (
    run_id     BIGINT        NOT NULL,
    file_order INTEGER       NOT NULL,
    file       VARCHAR(100)  NOT NULL,
    line       BIGINT,
    record_id  VARCHAR(1000),
    reason     VARCHAR(4000) NOT NULL
);
CREATE INDEX rejected_row_run ON rejected_row (run_id);

-- Issued invoices: legal documents, never updated or deleted once written.
CREATE TABLE invoice (
    invoice_number  VARCHAR(32)   NOT NULL PRIMARY KEY,
    billing_month   CHAR(7)       NOT NULL,
    run_id          BIGINT        NOT NULL,
    customer_id     VARCHAR(32)   NOT NULL,
    customer_name   VARCHAR(1000) NOT NULL,
    street          VARCHAR(1000),
    postal_code     VARCHAR(100),
    city            VARCHAR(1000),
    country         CHAR(2)       NOT NULL,
    vat_number      VARCHAR(100),
    email           VARCHAR(1000),
    language        CHAR(2)       NOT NULL,
    travel_zone     VARCHAR(100),
    tier            VARCHAR(16)   NOT NULL,
    issue_date      DATE          NOT NULL,
    due_date        DATE          NOT NULL,
    fees            NUMERIC(14,2) NOT NULL,
    labour          NUMERIC(14,2) NOT NULL,
    travel          NUMERIC(14,2) NOT NULL,
    total_excl_vat  NUMERIC(14,2) NOT NULL,
    vat_treatment   VARCHAR(32)   NOT NULL,
    vat_rate        NUMERIC(5,2)  NOT NULL,
    vat             NUMERIC(14,2) NOT NULL,
    total_incl_vat  NUMERIC(14,2) NOT NULL,
    interventions   INTEGER       NOT NULL,
    billed_minutes  BIGINT        NOT NULL,
    CONSTRAINT invoice_one_per_customer_and_run UNIQUE (run_id, customer_id)
);
CREATE INDEX invoice_month ON invoice (billing_month);

CREATE TABLE invoice_line (
    invoice_number  VARCHAR(32)   NOT NULL,
    position        INTEGER       NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    line_date       DATE          NOT NULL,
    reference       VARCHAR(100),
    ticket          VARCHAR(1000),
    description     VARCHAR(4000),
    tier            VARCHAR(16),
    mode            VARCHAR(16),
    skill           VARCHAR(16),
    time_class      VARCHAR(16),
    actual_minutes  BIGINT,
    quantity        BIGINT        NOT NULL,
    basis           BIGINT,
    unit_rate       NUMERIC(14,2) NOT NULL,
    amount          NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (invoice_number, position),
    CONSTRAINT invoice_line_invoice FOREIGN KEY (invoice_number) REFERENCES invoice (invoice_number)
);
