-- The starts of intervention rows the import refused after the checks made before the month filter (a bad mode, an
-- unknown customer...): billing-rules §15 still counts them as their ticket's first intervention, as the CSV run
-- does. Never billed. Only rows whose customer_id and ticket are well-formed ids (others match no ticket).
CREATE TABLE refused_intervention_starts (
    intervention_id  VARCHAR(32)              NOT NULL PRIMARY KEY,
    customer_id      VARCHAR(32)              NOT NULL,
    ticket           VARCHAR(32)              NOT NULL,
    start_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    source_line      BIGINT
);
CREATE INDEX refused_intervention_starts_start ON refused_intervention_starts (start_at);
