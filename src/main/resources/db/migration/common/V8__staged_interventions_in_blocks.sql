-- A run's interventions are staged packed in blocks, one customer range at a time (StagingWriter): a month of a
-- million interventions becomes a few thousand rows to write and read back, instead of a million.
DROP TABLE staged_intervention;

-- The month's staged customers cut into ranges of consecutive ids; each lists those of its customers that have
-- something to bill (contracts or interventions), one id per line.
CREATE TABLE staged_range (
    run_id              BIGINT      NOT NULL,
    range_no            INTEGER     NOT NULL,
    first_customer_id   VARCHAR(32) NOT NULL,
    last_customer_id    VARCHAR(32) NOT NULL,
    billable_customers  INTEGER     NOT NULL,
    billable_ids        VARCHAR     NOT NULL,
    PRIMARY KEY (run_id, range_no)
);
CREATE INDEX staged_range_last_customer ON staged_range (run_id, last_customer_id);

-- The interventions of a range: tab-separated rows, one per intervention, with their source line.
CREATE TABLE staged_intervention_block (
    run_id         BIGINT  NOT NULL,
    range_no       INTEGER NOT NULL,
    block_no       INTEGER NOT NULL,
    interventions  VARCHAR NOT NULL,
    PRIMARY KEY (run_id, range_no, block_no)
);
