package lu.mixvoip.billing.issue;

import lu.mixvoip.billing.core.invoice.CustomerBilling;
import lu.mixvoip.billing.staging.StagedMonth;

/** A customer's staged month and what the billing rules made of it: step 2's item between rating and issuing. */
public record RatedMonth(StagedMonth staged, CustomerBilling billing) {
}
