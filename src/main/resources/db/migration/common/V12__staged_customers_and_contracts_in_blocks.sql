-- A run's customers and contracts are staged packed per customer range, as its interventions are (StagingWriter):
-- fifty thousand customers become five hundred rows to write and read back. V12_2 carries over what an
-- interrupted run had staged, then drops staged_customer and staged_contract.

-- The customers of a range (all ranges, billable or not: a re-bill may cancel the invoice of a customer with
-- nothing left to bill): tab-separated rows, one per customer, with their source line.
CREATE TABLE staged_customer_block (
    run_id             BIGINT      NOT NULL,
    range_no           INTEGER     NOT NULL,
    first_customer_id  VARCHAR(32) NOT NULL,
    last_customer_id   VARCHAR(32) NOT NULL,
    customers          VARCHAR     NOT NULL,
    PRIMARY KEY (run_id, range_no)
);
CREATE INDEX staged_customer_block_last_customer ON staged_customer_block (run_id, last_customer_id);

-- The contracts of a range's customers, one row per contract, with their source line.
CREATE TABLE staged_contract_block (
    run_id     BIGINT  NOT NULL,
    range_no   INTEGER NOT NULL,
    block_no   INTEGER NOT NULL,
    contracts  VARCHAR NOT NULL,
    PRIMARY KEY (run_id, range_no, block_no)
);
