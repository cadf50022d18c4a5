-- The whole schema of one store: Spring Batch 6.0's job repository (its schema-postgresql.sql), then support-billing's
-- tables.

CREATE TABLE BATCH_JOB_INSTANCE (
	JOB_INSTANCE_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT,
	JOB_NAME VARCHAR(100) NOT NULL,
	JOB_KEY VARCHAR(32) NOT NULL,
	constraint JOB_INST_UN unique (JOB_NAME, JOB_KEY)
) ;

CREATE TABLE BATCH_JOB_EXECUTION (
	JOB_EXECUTION_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT,
	JOB_INSTANCE_ID BIGINT NOT NULL,
	CREATE_TIME TIMESTAMP NOT NULL,
	START_TIME TIMESTAMP DEFAULT NULL,
	END_TIME TIMESTAMP DEFAULT NULL,
	STATUS VARCHAR(10),
	EXIT_CODE VARCHAR(2500),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED TIMESTAMP,
	constraint JOB_INST_EXEC_FK foreign key (JOB_INSTANCE_ID)
	references BATCH_JOB_INSTANCE(JOB_INSTANCE_ID)
) ;

CREATE TABLE BATCH_JOB_EXECUTION_PARAMS (
	JOB_EXECUTION_ID BIGINT NOT NULL,
	PARAMETER_NAME VARCHAR(100) NOT NULL,
	PARAMETER_TYPE VARCHAR(100) NOT NULL,
	PARAMETER_VALUE VARCHAR(2500),
	IDENTIFYING CHAR(1) NOT NULL,
	constraint JOB_EXEC_PARAMS_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE TABLE BATCH_STEP_EXECUTION (
	STEP_EXECUTION_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT NOT NULL,
	STEP_NAME VARCHAR(100) NOT NULL,
	JOB_EXECUTION_ID BIGINT NOT NULL,
	CREATE_TIME TIMESTAMP NOT NULL,
	START_TIME TIMESTAMP DEFAULT NULL,
	END_TIME TIMESTAMP DEFAULT NULL,
	STATUS VARCHAR(10),
	COMMIT_COUNT BIGINT,
	READ_COUNT BIGINT,
	FILTER_COUNT BIGINT,
	WRITE_COUNT BIGINT,
	READ_SKIP_COUNT BIGINT,
	WRITE_SKIP_COUNT BIGINT,
	PROCESS_SKIP_COUNT BIGINT,
	ROLLBACK_COUNT BIGINT,
	EXIT_CODE VARCHAR(2500),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED TIMESTAMP,
	constraint JOB_EXEC_STEP_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE TABLE BATCH_STEP_EXECUTION_CONTEXT (
	STEP_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT TEXT,
	constraint STEP_EXEC_CTX_FK foreign key (STEP_EXECUTION_ID)
	references BATCH_STEP_EXECUTION(STEP_EXECUTION_ID)
) ;

CREATE TABLE BATCH_JOB_EXECUTION_CONTEXT (
	JOB_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT TEXT,
	constraint JOB_EXEC_CTX_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE SEQUENCE BATCH_STEP_EXECUTION_SEQ MAXVALUE 9223372036854775807 NO CYCLE;
CREATE SEQUENCE BATCH_JOB_EXECUTION_SEQ MAXVALUE 9223372036854775807 NO CYCLE;
CREATE SEQUENCE BATCH_JOB_INSTANCE_SEQ MAXVALUE 9223372036854775807 NO CYCLE;

-- ---------------------------------------------------------------------------------------------------------------
-- support-billing. Business tables live beside the job repository, so that a chunk's documents, their numbers and
-- the job's checkpoint commit in one transaction. Text columns are sized from billing-rules.md §11's bounds: a row
-- the row rules accept always fits. Customer ids sort in plain byte order on both stores (§8: invoices are numbered
-- in ascending customer id).
-- ---------------------------------------------------------------------------------------------------------------

-- Gapless document numbers: one counter per kind (INV, CN) and year of issue, never reused (§8).
CREATE TABLE number_sequence (
    prefix      VARCHAR(8) NOT NULL,
    issue_year  INTEGER    NOT NULL,
    last_value  BIGINT     NOT NULL,
    PRIMARY KEY (prefix, issue_year)
);

-- Issued documents: invoices, and the credit notes that cancel them (a re-bill). Legal documents kept ten years: a
-- row is written once, never updated or deleted. The customer's data is as printed on the document.
CREATE TABLE document (
    document_number         VARCHAR(32)   NOT NULL PRIMARY KEY,   -- INV-2026-000001, CN-2026-000001
    document_type           VARCHAR(11)   NOT NULL,               -- INVOICE, CREDIT_NOTE
    billing_month           CHAR(7)       NOT NULL,               -- 2026-10
    customer_id             VARCHAR(32) COLLATE "C" NOT NULL,
    issue_date              DATE          NOT NULL,
    due_date                DATE,                                 -- invoices
    cancels                 VARCHAR(32),                          -- credit notes: the invoice they cancel
    rebill                  INTEGER       NOT NULL,               -- 0: the month's first billing; n: its n-th re-bill
    run_id                  BIGINT        NOT NULL,               -- the job instance that issued it
    customer_name           VARCHAR(200)  NOT NULL,
    street                  VARCHAR(200),
    postal_code             VARCHAR(20),
    city                    VARCHAR(200),
    country                 CHAR(2)       NOT NULL,
    vat_number              VARCHAR(20),
    email                   VARCHAR(254),
    language                CHAR(2)       NOT NULL,               -- FR, EN, DE
    travel_zone             VARCHAR(32),
    peppol_id               VARCHAR(135),                         -- the customer's electronic address, if any
    tier                    VARCHAR(16)   NOT NULL,               -- the contract that started last, else NONE
    fees                    NUMERIC(12,2) NOT NULL,
    labour                  NUMERIC(12,2) NOT NULL,
    travel                  NUMERIC(12,2) NOT NULL,
    total_excl_vat          NUMERIC(12,2) NOT NULL,
    vat_treatment           VARCHAR(16)   NOT NULL,               -- DOMESTIC, EU_NO_VAT_NUMBER, REVERSE_CHARGE, OUTSIDE_EU
    vat_rate                NUMERIC(5,2)  NOT NULL,
    vat_mention             VARCHAR(200),
    vat                     NUMERIC(12,2) NOT NULL,
    total_incl_vat          NUMERIC(12,2) NOT NULL,
    interventions           INTEGER       NOT NULL,
    billed_minutes          BIGINT        NOT NULL,
    -- The tier's service levels as printed in the contract block (§15), when its tier has some.
    fault_handling_days     VARCHAR(7),                           -- MON-FRI, MON-SAT, MON-SUN
    fault_handling_from     TIME,
    fault_handling_to       TIME,
    max_response_hours      INTEGER,
    max_intervention_hours  INTEGER,
    CONSTRAINT document_type_known CHECK (document_type IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT credit_notes_cancel_invoices CHECK ((document_type = 'CREDIT_NOTE') = (cancels IS NOT NULL)),
    CONSTRAINT document_cancelled_once UNIQUE (cancels),
    CONSTRAINT document_cancels_document FOREIGN KEY (cancels) REFERENCES document (document_number)
);
CREATE INDEX document_month_customer ON document (billing_month, customer_id);
CREATE INDEX document_run ON document (run_id, document_type, document_number);

-- One row per line printed on a document, in print order. A credit note's lines are the cancelled invoice's,
-- negated, so that summing a month's lines gives what is in force.
CREATE TABLE document_line (
    document_number  VARCHAR(32)   NOT NULL,
    position         INTEGER       NOT NULL,  -- 1, 2, ... in print order
    kind             VARCHAR(6)    NOT NULL,  -- FEE, LABOUR, TRAVEL
    line_date        DATE          NOT NULL,  -- fee: first active day; labour: the piece's day; travel: the day
    contract_id      VARCHAR(32),             -- fee
    intervention_id  VARCHAR(32),             -- labour
    ticket           VARCHAR(64),             -- labour
    description      VARCHAR(2000),           -- labour
    tier             VARCHAR(16),             -- fee: the contract's tier; labour: the tier it was rated at
    mode             VARCHAR(6),              -- labour: REMOTE, ONSITE
    skill            VARCHAR(10),             -- labour: CABLING, TECHNICIAN, ENGINEER, CONSULTING
    time_class       VARCHAR(14),             -- labour: NORMAL, OFF_HOURS, SUNDAY_HOLIDAY
    actual_minutes   BIGINT,                  -- labour, on an intervention's first piece
    billed_minutes   BIGINT,                  -- labour
    active_days      INTEGER,                 -- fee
    days_in_month    INTEGER,                 -- fee
    travel_zone      VARCHAR(32),             -- travel
    included         BOOLEAN       NOT NULL,  -- labour covered by a MANAGED contract: 0.00, printed "included"
    unit_rate        NUMERIC(12,2) NOT NULL,  -- fee: the monthly fee; labour: the effective hourly rate; travel: the fee
    amount           NUMERIC(12,2) NOT NULL,
    PRIMARY KEY (document_number, position),
    CONSTRAINT line_kind_known CHECK (kind IN ('FEE', 'LABOUR', 'TRAVEL')),
    CONSTRAINT line_of_document FOREIGN KEY (document_number) REFERENCES document (document_number)
);

-- The operational data, filled by `import` and billed with --source=db. The billing run applies the row rules again
-- (another system may write these tables). source_line: the line of the imported file, for rejects.csv.
CREATE TABLE customers (
    customer_id  VARCHAR(32) COLLATE "C" NOT NULL PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    street       VARCHAR(200),
    postal_code  VARCHAR(20),
    city         VARCHAR(200),
    country      VARCHAR(2)    NOT NULL,
    vat_number   VARCHAR(20),
    email        VARCHAR(254),
    language     VARCHAR(2),
    travel_zone  VARCHAR(32),
    peppol_id    VARCHAR(135),
    source_line  BIGINT
);

CREATE TABLE contracts (
    contract_id  VARCHAR(32)   NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(32) COLLATE "C" NOT NULL,
    tier         VARCHAR(16)   NOT NULL,
    start_date   DATE          NOT NULL,
    end_date     DATE,
    monthly_fee  NUMERIC(12,2),                  -- a negotiated fee (§14); blank: the tier's fee
    source_line  BIGINT
);
CREATE INDEX contracts_customer ON contracts (customer_id);

CREATE TABLE interventions (
    intervention_id  VARCHAR(32)              NOT NULL PRIMARY KEY,
    customer_id      VARCHAR(32) COLLATE "C"           NOT NULL,
    ticket           VARCHAR(64),
    technician       VARCHAR(100),
    start_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    mode             VARCHAR(8)               NOT NULL,
    skill            VARCHAR(16)              NOT NULL,
    description      VARCHAR(2000),
    source_line      BIGINT
);
CREATE INDEX interventions_start ON interventions (start_at);

-- Tickets reported by customers, for the service-level report (§15).
CREATE TABLE tickets (
    ticket        VARCHAR(32)              NOT NULL PRIMARY KEY,
    customer_id   VARCHAR(32) COLLATE "C"           NOT NULL,
    reported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    responded_at  TIMESTAMP WITH TIME ZONE,
    source_line   BIGINT
);
CREATE INDEX tickets_reported ON tickets (reported_at);

-- A run's month as its load validated it, keyed by the job instance that bills it, and kept until the month is
-- billed again (a resumed run reads it back instead of the input). Packed per range of customers: see StagedBlocks.
CREATE TABLE staged_range (
    run_id              BIGINT         NOT NULL,
    range_no            INTEGER        NOT NULL,
    first_customer_id   VARCHAR(32) COLLATE "C" NOT NULL,
    last_customer_id    VARCHAR(32) COLLATE "C" NOT NULL,
    customers_with_rows INTEGER        NOT NULL,  -- customers with contracts, interventions or tickets
    ids_with_rows       VARCHAR        NOT NULL,  -- their ids, one per line
    PRIMARY KEY (run_id, range_no)
);
CREATE INDEX staged_range_last_customer ON staged_range (run_id, last_customer_id);

CREATE TABLE staged_block (
    run_id    BIGINT      NOT NULL,
    range_no  INTEGER     NOT NULL,
    kind      VARCHAR(12) NOT NULL,  -- CUSTOMER, CONTRACT, INTERVENTION, TICKET
    block_no  INTEGER     NOT NULL,
    packed_rows  VARCHAR  NOT NULL,
    PRIMARY KEY (run_id, range_no, kind, block_no)
);

-- Rows a run refused, while reading or while billing: rejects.csv is written from here.
CREATE TABLE rejected_row (
    run_id      BIGINT        NOT NULL,
    file_order  INTEGER       NOT NULL,
    file        VARCHAR(32)   NOT NULL,
    line        BIGINT,
    record_id   VARCHAR(64),
    reason      VARCHAR(4000) NOT NULL
);
CREATE INDEX rejected_row_run ON rejected_row (run_id, file_order, line);

-- The service-level report of a run (sla.csv): one row per ticket of the month of a customer it billed; tier and
-- the figures are blank for a ticket that was not assessed (no contract on the day, or no service level for its tier).
CREATE TABLE ticket_assessment (
    run_id                      BIGINT         NOT NULL,
    customer_id                 VARCHAR(32) COLLATE "C" NOT NULL,
    ticket                      VARCHAR(32) COLLATE "C" NOT NULL,
    reported_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    responded_at                TIMESTAMP WITH TIME ZONE,
    tier                        VARCHAR(16),
    response_minutes            BIGINT,
    response_limit_minutes      BIGINT,
    response_status             VARCHAR(8),      -- met, breached, pending
    first_intervention_at       TIMESTAMP WITH TIME ZONE,
    intervention_minutes        BIGINT,
    intervention_limit_minutes  BIGINT,
    intervention_status         VARCHAR(8),
    PRIMARY KEY (run_id, ticket)
);
CREATE INDEX ticket_assessment_order ON ticket_assessment (run_id, customer_id, reported_at, ticket);
