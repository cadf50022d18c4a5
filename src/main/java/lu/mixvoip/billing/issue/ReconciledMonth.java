package lu.mixvoip.billing.issue;

import java.util.List;
import java.util.Optional;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Reconciliation;

/** A rated customer month reconciled with its invoice in force: what the issue step must issue for it. */
public record ReconciledMonth(RatedMonth rated, Reconciliation reconciliation) {

    /** Reconciles each customer of a chunk: compared by content (lines, totals, the customer as printed). */
    static List<ReconciledMonth> of(List<? extends RatedMonth> chunk) {
        return chunk.stream().map(rated -> new ReconciledMonth(rated, Reconciliation.of(
                rated.staged().inForce().map(IssuedInvoice::invoice), rated.billing().invoice()))).toList();
    }

    Optional<IssuedInvoice> inForce() {
        return rated.staged().inForce();
    }

    String customerId() {
        return rated.staged().customerId();
    }
}
