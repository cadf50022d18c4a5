-- The operational data, loaded by `import` and billed with --source=db. Rows hold what the import accepted; the
-- billing run applies the same rules again (a row may have been written by another system).
CREATE TABLE customers (
    customer_id  VARCHAR(32)   NOT NULL PRIMARY KEY,
    name         VARCHAR(1000) NOT NULL,
    street       VARCHAR(1000),
    postal_code  VARCHAR(100),
    city         VARCHAR(1000),
    country      VARCHAR(2)    NOT NULL,
    vat_number   VARCHAR(100),
    email        VARCHAR(1000),
    language     VARCHAR(2),
    travel_zone  VARCHAR(100)
);

CREATE TABLE contracts (
    contract_id  VARCHAR(32) NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(32) NOT NULL,
    tier         VARCHAR(16) NOT NULL,
    start_date   DATE        NOT NULL,
    end_date     DATE
);
CREATE INDEX contracts_customer ON contracts (customer_id);

CREATE TABLE interventions (
    intervention_id  VARCHAR(32)              NOT NULL PRIMARY KEY,
    customer_id      VARCHAR(32)              NOT NULL,
    ticket           VARCHAR(1000),
    technician       VARCHAR(1000),
    start_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    mode             VARCHAR(16)              NOT NULL,
    skill            VARCHAR(16)              NOT NULL,
    description      VARCHAR(4000)
);
CREATE INDEX interventions_start ON interventions (start_at);
