package lu.mixvoip.billing.job;

import lu.mixvoip.billing.core.invoice.CustomerBilling;
import lu.mixvoip.billing.staging.StagedMonth;

/** A customer's staged month and what the billing rules made of it: step 2's item between rating and issuing. */
record RatedMonth(StagedMonth staged, CustomerBilling billing) {
}
