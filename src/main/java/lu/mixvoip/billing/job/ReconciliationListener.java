package lu.mixvoip.billing.job;

import java.util.Optional;

import lu.mixvoip.billing.core.invoice.CustomerBilling;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Reconciliation;

/** Told what became of each customer's month: how a preview learns what a re-bill would change. */
@FunctionalInterface
interface ReconciliationListener {
    ReconciliationListener NONE = (now, inForce, reconciliation) -> { };

    void reconciled(CustomerBilling now, Optional<IssuedInvoice> inForce, Reconciliation reconciliation);
}
