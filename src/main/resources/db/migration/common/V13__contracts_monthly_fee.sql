-- billing-rules §14: a contract's own (negotiated) monthly fee; NULL = its tier's fee of the tariff.
ALTER TABLE contracts ADD COLUMN monthly_fee NUMERIC(14,2);
