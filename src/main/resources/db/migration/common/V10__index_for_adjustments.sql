-- adjustments.csv reads the month's documents of re-bills (rebill > 0): with this index a month never re-billed
-- answers from the index alone, instead of reading every invoice row with its packed lines.
CREATE INDEX invoice_month_rebill ON invoice (billing_month, rebill);
